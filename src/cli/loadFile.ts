/**
 * Reading one .xlsx into the engine, turning any failure into S003 instead of a crash, so the
 * other files of a run still go on.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { Issue } from "../domain/issues";
import { unreadableIssue } from "../domain/consolidation/input";
import { isUnreadableWorkbookError } from "../xlsx/errors";
import { readWorkbookFile } from "../xlsx/readFile";

export type Loaded =
  { readonly ok: true; readonly grid: WorkbookGrid } | { readonly ok: false; readonly issue: Issue };

// Made in the domain now (the task pane reads files too); re-exported for existing imports.
export { unreadableIssue };

export async function loadFile(path: string): Promise<Loaded> {
  try {
    return { ok: true, grid: await readWorkbookFile(path) };
  } catch (e) {
    if (isUnreadableWorkbookError(e)) return { ok: false, issue: unreadableIssue(e.message) };
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === "ENOENT"
        ? "файл не найден"
        : err.code === "EISDIR"
          ? "это папка, а не файл"
          : err.message || String(e);
    return { ok: false, issue: unreadableIssue(`Файл не читается: ${reason}.`) };
  }
}
