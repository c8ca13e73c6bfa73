/**
 * Size limits for reading a workbook (rules.md, S003). They keep one hostile or broken file from
 * exhausting memory or time while a municipality consolidates hundreds of school files; each one
 * passed is an UnreadableWorkbookError with its own reason, and the other files go on.
 */

/** A school workbook is tens of kilobytes; 50 MB on disk is far beyond any real one. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The parts of a package may not declare more than 200 MB unzipped together, and none may inflate
 * to more than it declares: a file claiming more is treated as a zip bomb.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * DEFLATE cannot expand data more than about 1032:1 (a 258-byte match coded in 2 bits), so an entry
 * declaring a higher ratio has a lying header, and `compressed × ratio` bounds what it can inflate to.
 */
export const DEFLATE_MAX_RATIO = 1032;

/**
 * Cells handed to the domain per file, over the sheets read: every slot of every row array (the
 * empty cells left of a row's last value included — that is what they cost in memory) plus one
 * per row. A school of 100,000 mentees and 100,000 pairs needs about 4 million; 10 million keep a
 * file's grid under ~150 MB. Shared strings count here too: a workbook cannot sensibly hold more
 * distinct texts than cells.
 */
export const MAX_CELLS = 10_000_000;

/**
 * The rightmost column a value may sit in: AMJ, the last column LibreOffice had until 2022 — a
 * sheet meant for every school fits. Further right («x» in XFD) every row of the grid would be
 * 16,384 cells long, and the domain walks every cell of a row.
 */
export const MAX_COLUMNS = 1024;

/**
 * How long reading one file (and checking it, for a consolidation) may take before it is stopped
 * and reported as S003: 30 s, plus 6 s for every megabyte. A school of 100,000 rows (11 MB) reads
 * in about 8 s — 35–50 s on a machine busy with other work — and gets 96 s; a small file still not
 * read after half a minute is hostile or broken. The CLI and the pane's «Свод» use the same limit.
 */
export function readTimeLimitMs(fileBytes: number): number {
  return 30_000 + Math.ceil((6_000 * fileBytes) / 2 ** 20);
}

/** The S003 text of a read stopped at its time limit (CLI and pane alike). */
export function readTooSlowMessage(limitMs: number): string {
  const seconds = `${Math.round(limitMs / 100) / 10}`.replace(".", ",");
  return `Файл не читается: читается слишком долго (дольше ${seconds} с) — чтение остановлено, остальные файлы обработаны.`;
}
