import { columnLetters } from "./address";
import { MAX_CELLS, MAX_COLUMNS } from "./limits";

/** Why a file could not be read as an .xlsx workbook: each case is S003 (rules.md) with its own message. */
export type UnreadableReason =
  | "empty"
  | "too-large"
  | "not-zip"
  | "not-workbook"
  | "old-format"
  | "encrypted"
  | "truncated"
  | "too-large-unzipped"
  | "too-many-cells"
  | "too-wide"
  | "not-a-file"
  | "corrupt";

const MESSAGES: Readonly<Record<UnreadableReason, string>> = {
  empty: "Файл пуст.",
  "too-large": "Файл больше 50 МБ — это не похоже на книгу ОО. Проверьте, тот ли файл выбран.",
  "not-zip":
    "Файл не является книгой Excel (.xlsx). Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».",
  "not-workbook":
    "Файл не является книгой Excel (.xlsx): это архив другого формата. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».",
  "old-format":
    "Файл в старом формате Excel 97–2003 (.xls). Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».",
  encrypted: "Файл зашифрован паролем — снимите пароль и сохраните книгу заново.",
  truncated:
    "Файл повреждён или обрезан (возможно, не до конца скопирован или скачан). Сохраните книгу заново.",
  "too-large-unzipped": "После распаковки файл больше 200 МБ — возможна zip-бомба. Файл не обработан.",
  "too-many-cells": `В книге больше ${MAX_CELLS / 1_000_000} миллионов ячеек — это не похоже на книгу ОО. Удалите лишние листы и строки и сохраните книгу заново.`,
  "too-wide": `На листе есть значение правее ${MAX_COLUMNS}-го столбца (${columnLetters(MAX_COLUMNS)}) — это не похоже на книгу ОО. Удалите лишние столбцы и сохраните книгу заново.`,
  "not-a-file": "Это не обычный файл (устройство, канал или сокет) — выберите файл книги .xlsx.",
  corrupt: "Файл повреждён: Excel-книгу не удалось прочитать. Откройте её в Excel и сохраните заново.",
};

/** Every reason, in the order of the messages above. */
export const UNREADABLE_REASONS = Object.keys(MESSAGES) as readonly UnreadableReason[];

/** The message a person sees for a reason (Russian, says what to do). */
export function unreadableMessage(reason: UnreadableReason): string {
  return MESSAGES[reason];
}

/**
 * A file that cannot be read as an .xlsx workbook. Readers throw only this for problems of the file
 * itself; callers report it as S003 and go on with the next file.
 */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";

  constructor(
    readonly reason: UnreadableReason,
    /** What the underlying library said, for logs; never shown as the message. */
    readonly detail?: string,
    /** A message more precise than the reason's own (naming the sheet and cell), when there is one. */
    message?: string,
  ) {
    super(message ?? unreadableMessage(reason));
  }
}

export function isUnreadableWorkbookError(e: unknown): e is UnreadableWorkbookError {
  return e instanceof UnreadableWorkbookError;
}
