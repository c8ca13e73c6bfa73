/** The Office adapter over the fake Excel host: install the fake as the global `Excel`/`Office`. */
import { OfficeWorkbookPort } from "../../src/excel/officePort";
import {
  createFakeExcel,
  installFakeOffice,
  type FakeExcel,
  type FakeOptions,
  type FakeWorkbookState,
} from "../fakeExcel";

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
