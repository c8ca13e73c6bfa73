/**
 * Names of a consolidation's files that the CLI and the task pane must agree on: the order files
 * are read in, and the name of each school's feedback workbook.
 */

/** Code-unit order: the same on every machine, whatever its locale (cli.md, directory order). */
export const byFileName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The last part of a path, Windows or POSIX; a browser File's name is already one. */
export const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * «школа-01-замечания.xlsx» for «школа-01.xlsx», made unique when two inputs from different
 * folders share a name (case-insensitive, as on Windows and macOS disks).
 */
export function feedbackFileNames(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const stem = baseName(file).replace(/\.xlsx$/i, "") || "файл";
    let name = `${stem}-замечания.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}-замечания.xlsx`;
    used.add(name.toLowerCase());
    return name;
  });
}
