/**
 * Where the add-in gets its host and workbook: the Office.js implementations of `src/excel`, the
 * only code allowed to touch `Excel.*`. Component tests and the browser harness give the shell
 * their own instead, which is why the shell takes both from outside.
 */
import type { HostInfo, WorkbookPort } from "../../domain/port/workbookPort";
import { hostSupports, OfficeWorkbookPort } from "../../excel/officePort";

export function connectWorkbook(): WorkbookPort {
  return new OfficeWorkbookPort();
}

export function officeHost(): HostInfo {
  return { supports: hostSupports };
}
