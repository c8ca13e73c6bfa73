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
