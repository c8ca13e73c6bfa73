/**
 * Reading one .xlsx into the engine, turning any failure into S003 instead of a crash, so the
 * other files of a run still go on.
 */
import type { WorkbookGrid } from "../domain/grid";
import type { Issue } from "../domain/issues";
import { readWorkbookFile } from "../xlsx/readFile";

export type Loaded = { readonly ok: true; readonly grid: WorkbookGrid } | { readonly ok: false; readonly issue: Issue };

export function unreadableIssue(reason: string): Issue {
  return {
    sheet: null,
    sheetInFile: null,
    row: null,
    column: null,
    col: null,
    code: "S003",
    severity: "error",
    message: `Файл не читается как книга Excel (.xlsx): ${reason}`,
    value: null,
  };
}

export async function loadFile(path: string): Promise<Loaded> {
  try {
    return { ok: true, grid: await readWorkbookFile(path) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === "ENOENT" ? "файл не найден" : err.code === "EISDIR" ? "это папка, а не файл" : err.message || String(e);
    return { ok: false, issue: unreadableIssue(reason) };
  }
}
