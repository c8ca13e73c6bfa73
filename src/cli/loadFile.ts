/**
 * Reading one .xlsx into the engine, turning any failure into S003 instead of a crash, so the
 * other files of a run still go on. The path is looked at (stat) before anything is read: a
 * folder, a device such as /dev/zero or /dev/urandom, a FIFO or a socket is refused at once —
 * reading one would never end or never fit in memory.
 */
import { statSync } from "node:fs";
import type { WorkbookGrid } from "../domain/grid";
import type { Issue } from "../domain/issues";
import { unreadableIssue } from "../domain/consolidation/input";
import { isUnreadableWorkbookError } from "../xlsx/errors";
import { readWorkbookFile } from "../xlsx/readFile";

export type Loaded =
  { readonly ok: true; readonly grid: WorkbookGrid } | { readonly ok: false; readonly issue: Issue };

// Made in the domain now (the task pane reads files too); re-exported for existing imports.
export { unreadableIssue };

const unreadable = (reason: string): Loaded => ({
  ok: false,
  issue: unreadableIssue(`Файл не читается: ${reason}.`),
});

function fileSystemReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case "ENOENT":
      return "файл не найден";
    case "ENOTDIR":
      return "файл не найден (часть пути — не папка)";
    case "EISDIR":
      return "это папка, а не файл";
    case "EACCES":
    case "EPERM":
      return "нет прав на чтение";
    case "ELOOP":
      return "ссылка указывает сама на себя";
    case "ENAMETOOLONG":
      return "слишком длинное имя файла";
    case "EIO":
      return "ошибка ввода-вывода диска";
    default:
      return err.message || String(e);
  }
}

/** Why a path that exists is not a file to read, or null for a regular file. */
function notAFile(path: string): string | null {
  const s = statSync(path);
  if (s.isFile()) return null;
  if (s.isDirectory()) return "это папка, а не файл";
  if (s.isFIFO()) return "это канал (FIFO), а не файл";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "это устройство, а не файл";
  if (s.isSocket()) return "это сокет, а не файл";
  return "это не обычный файл";
}

export async function loadFile(path: string): Promise<Loaded> {
  try {
    const why = notAFile(path);
    if (why !== null) return unreadable(why);
    return { ok: true, grid: await readWorkbookFile(path) };
  } catch (e) {
    if (isUnreadableWorkbookError(e)) return { ok: false, issue: unreadableIssue(e.message) };
    if ((e as NodeJS.ErrnoException).code !== undefined) return unreadable(fileSystemReason(e));
    // Anything else is the reader's own failure on this file; the file still gets its S003.
    const what = e instanceof Error ? e.message : String(e);
    return unreadable(`сбой при чтении (${what})`);
  }
}
