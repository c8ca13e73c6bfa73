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
    /** office.js opened in a plain browser: it loads, and onReady reports no host. */
    __NASTAVNIK_NO_HOST__?: boolean;
    __fake?: ReturnType<typeof createFakeExcel>;
  }
}

if (window.__NASTAVNIK_NO_HOST__) {
  const outside = { host: null, platform: null };
  (window as unknown as { Office: unknown }).Office = {
    onReady(callback?: (info: typeof outside) => void) {
      if (callback) setTimeout(() => callback(outside), 0);
      return Promise.resolve(outside);
    },
  };
} else {
  const fake = createFakeExcel(
    window.__NASTAVNIK_SEED__,
    window.__NASTAVNIK_SETS__ ? { requirementSets: window.__NASTAVNIK_SETS__ } : {},
  );
  installFakeOffice(window, fake);
  window.__fake = fake;
}
