/**
 * Size limits for reading a workbook (rules.md, S003). They keep one hostile or broken file from
 * exhausting memory while a municipality consolidates hundreds of school files.
 */

/** A school workbook is tens of kilobytes; 50 MB on disk is far beyond any real one. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * ExcelJS inflates every part into memory (and builds objects several times larger), so the parts
 * together must stay under 200 MB unzipped; a file claiming more is treated as a zip bomb.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * DEFLATE cannot expand data more than about 1032:1 (a 258-byte match coded in 2 bits), so an entry
 * declaring a higher ratio has a lying header, and `compressed × ratio` bounds what it can inflate to.
 */
export const DEFLATE_MAX_RATIO = 1032;

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
