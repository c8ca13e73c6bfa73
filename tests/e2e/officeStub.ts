/**
 * What the browser tests serve in place of office.js: the fake Excel host, seeded from
 * `window.__NASTAVNIK_SEED__` (set by the test before the page loads) and exposed as `window.__fake`
 * so the test can inspect the workbook the pane wrote.
 */
import { createFakeExcel, installFakeOffice, type FakeWorkbookState } from "../fakeExcel";

declare global {
  interface Window {
    __NASTAVNIK_SEED__?: FakeWorkbookState;
    __NASTAVNIK_SETS__?: Record<string, string>;
    __fake?: ReturnType<typeof createFakeExcel>;
  }
}

const fake = createFakeExcel(
  window.__NASTAVNIK_SEED__,
  window.__NASTAVNIK_SETS__ ? { requirementSets: window.__NASTAVNIK_SETS__ } : {},
);
installFakeOffice(window, fake);
window.__fake = fake;
