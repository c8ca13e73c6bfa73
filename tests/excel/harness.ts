/** The Office adapter over the fake Excel host: install the fake as the global `Excel`/`Office`. */
import { OfficeWorkbookPort } from "../../src/excel/officePort";
import {
  createFakeExcel,
  installFakeOffice,
  type FakeExcel,
  type FakeOptions,
  type FakeWorkbookState,
} from "../fakeExcel";

/**
 * A current Excel (Microsoft 365), for tests of features beyond the manifest's minimum (dropdowns,
 * change events, print setup, createWorkbook): they must not depend on the fake's default sets.
 */
export const CURRENT_EXCEL: FakeOptions = { requirementSets: { ExcelApi: "1.17" } };

export interface Harness {
  readonly fake: FakeExcel;
  readonly port: OfficeWorkbookPort;
  uninstall(): void;
}

export function withFakeExcel(initial?: FakeWorkbookState, options?: FakeOptions): Harness {
  const fake = createFakeExcel(initial, options);
  const uninstall = installFakeOffice(globalThis, fake);
  return { fake, port: new OfficeWorkbookPort(), uninstall };
}
