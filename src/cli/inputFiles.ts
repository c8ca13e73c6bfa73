/**
 * The files of a command line that accepts directories (cli.md): a directory contributes its
 * .xlsx entries sorted by name, not recursively, without Excel's «~$» lock files; a file is taken
 * as given (one that does not exist is reported as S003 when read, like any unreadable file).
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { byFileName } from "../domain/consolidation/fileNames";

const isWorkbookName = (name: string) => name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$");

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export interface InputFiles {
  readonly files: string[];
  /** Russian notes for stderr: empty directories, the output file skipped as an input. */
  readonly notes: string[];
}

/**
 * `exclude` is the command's own output: a re-run into a folder of school files must not read
 * last run's consolidation as a school.
 */
export async function inputFiles(args: readonly string[], exclude?: string): Promise<InputFiles> {
  const files: string[] = [];
  const notes: string[] = [];
  const skip = exclude === undefined ? null : resolve(exclude);
  for (const arg of args) {
    if (!(await isDirectory(arg))) {
      files.push(arg);
      continue;
    }
    // Entries that are directories themselves are kept when named *.xlsx: they are reported as
    // unreadable rather than silently dropped.
    const names = (await readdir(arg)).filter(isWorkbookName).sort(byFileName);
    const paths = names.map((name) => join(arg, name)).filter((p) => resolve(p) !== skip);
    if (paths.length < names.length)
      notes.push(`Файл свода «${exclude}» в папке «${arg}» пропущен: это результат, а не файл ОО.`);
    if (names.length === 0) notes.push(`В папке «${arg}» нет файлов .xlsx.`);
    files.push(...paths);
  }
  return { files, notes };
}
