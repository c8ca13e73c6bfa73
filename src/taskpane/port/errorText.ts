/**
 * Russian text for an error that reached the pane. Office.js rejects with `OfficeExtension.Error`
 * objects whose messages are in the host's language (often English); the common causes get a
 * sentence that tells the methodist what to do, the rest keep Excel's own words.
 */
import { AdoptError } from "../../domain/structure/adopt";

/** Office.js error codes (OfficeExtension.ErrorCodes) that users actually run into. */
const officeCodes: Readonly<Record<string, string>> = {
  // Any Excel API call fails while a cell is being edited; the fix is on the user's side.
  InvalidOperationInCellEditMode:
    "Excel сейчас редактирует ячейку. Завершите ввод (Enter или Esc) и повторите действие.",
  AccessDenied:
    "Excel не разрешил изменить книгу: возможно, книга или лист защищены. Снимите защиту и повторите.",
  RequestPayloadSizeLimitExceeded:
    "Excel отклонил слишком большой объём данных. Повторите действие; если ошибка повторится, разделите лист на части.",
  ItemNotFound: "Лист или таблица не найдены: возможно, книгу изменили во время работы. Повторите действие.",
  ItemAlreadyExists: "Лист или таблица с таким именем уже есть в книге. Переименуйте их и повторите.",
};

const CYRILLIC = /[а-яё]/i;

export function errorText(error: unknown): string {
  if (error instanceof AdoptError) return error.message;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string" && officeCodes[code]) return officeCodes[code];
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  // The project's own errors are already written in Russian for the user.
  if (CYRILLIC.test(message)) return message;
  return message
    ? `Excel не смог выполнить действие: ${message}`
    : "Не удалось выполнить действие. Повторите попытку; если ошибка повторится, перезапустите надстройку.";
}

/** A rendering error is the pane's own bug, not Excel's: it is named as such. */
export function paneErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? "");
  if (CYRILLIC.test(message)) return message;
  return message ? `Ошибка в надстройке: ${message}.` : "Ошибка в надстройке.";
}
