/**
 * The files of a command line that accepts directories (cli.md): a directory contributes its
 * .xlsx entries sorted by name, not recursively, without Excel's «~$» lock files; a file is taken
 * as given (one that does not exist is reported as S003 when read, like any unreadable file).
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { byFileName } from "../domain/consolidation/fileNames";
import { UsageError } from "./args";

/** A name a folder contributes as an input: .xlsx, not an Excel «~$» lock file. */
export const isWorkbookName = (name: string) =>
  name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$");

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export interface InputFiles {
  readonly files: string[];
  /** Russian notes for stderr: empty directories. */
  readonly notes: string[];
}

/** (A command's own output never lies among these: outputFiles.ts refuses one that would.) */
export async function inputFiles(args: readonly string[]): Promise<InputFiles> {
  const files: string[] = [];
  const notes: string[] = [];
  for (const arg of args) {
    if (!(await isDirectory(arg))) {
      files.push(arg);
      continue;
    }
    // Entries that are directories themselves are kept when named *.xlsx: they are reported as
    // unreadable rather than silently dropped.
    let all: string[];
    try {
      all = await readdir(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        `Папку «${arg}» не удалось прочитать: ${code === "EACCES" || code === "EPERM" ? "нет прав на чтение" : (e as Error).message}.`,
      );
    }
    const names = all.filter(isWorkbookName).sort(byFileName);
    if (names.length === 0) notes.push(`В папке «${arg}» нет файлов .xlsx.`);
    files.push(...names.map((name) => join(arg, name)));
  }
  return { files, notes };
}
