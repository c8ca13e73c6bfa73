/**
 * Reading a workbook from disk (Node only; kept apart so the browser bundle never pulls in `fs`).
 * The size is checked before the file is read, so a huge file costs nothing; a device, a pipe or a
 * socket is never read at all (/dev/zero would never end).
 */
import { readFileSync, statSync } from "node:fs";
import type { WorkbookGrid } from "../domain/grid";
import { UnreadableWorkbookError } from "./errors";
import { MAX_FILE_BYTES } from "./limits";
import { zlibInflater } from "./nodeInflate";
import { type ReadOptions, readWorkbookGrid } from "./readWorkbook";

/**
 * Throws UnreadableWorkbookError for a file that is not a readable .xlsx; file-system errors
 * (ENOENT, EACCES, EISDIR) are passed on unchanged for the caller to report.
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookGrid> {
  // Blocking calls on purpose: files are read on reader threads (src/cli/readerThreads.ts), and the
  // promise versions hop through libuv's thread pool several times per file — which, with the
  // readers keeping every core busy, left each reader idle a sixth of its time.
  const info = statSync(path);
  if (!info.isFile() && !info.isDirectory()) throw new UnreadableWorkbookError("not-a-file");
  if (info.size > MAX_FILE_BYTES) throw new UnreadableWorkbookError("too-large");
  return readWorkbookGrid(readFileSync(path), { inflate: zlibInflater, ...options });
}
