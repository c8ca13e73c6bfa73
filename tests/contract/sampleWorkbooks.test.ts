/**
 * The three sample workbooks of /work/shared/samples, read with openpyxl (not the project's own
 * reader), give every KPI of expected.json and every issue listed under `expect`.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateWorkbook, type SchoolResult } from "../../src/domain/engine";
import type { WorkbookGrid } from "../../src/domain/grid";
import { day } from "../domain/builders";
import { REPO_ROOT, SHARED } from "../paths";

const SAMPLES = join(SHARED, "samples");
const FILES = ["school-01.xlsx", "school-02.xlsx", "school-03.xlsx"];

interface Expected {
  asOf: string;
  files: Record<
    string,
    { code: string; kpis: Record<string, unknown>; expect: { sheet: string; row: number; code: string }[] }
  >;
}
const expected: Expected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8"));

let grids: Record<string, WorkbookGrid>;
const results: Record<string, SchoolResult> = {};

beforeAll(() => {
  const out = execFileSync(
    "/usr/bin/python3",
    [join(REPO_ROOT, "tests/fixtures/xlsx_to_grid.py"), ...FILES.map((f) => join(SAMPLES, f))],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  grids = JSON.parse(out);
  for (const f of FILES) results[f] = evaluateWorkbook(grids[f]);
});

/** Deep comparison where fractional numbers match to 12 digits and everything else exactly. */
function expectClose(actual: unknown, want: unknown, path: string): void {
  if (typeof want === "number" && !Number.isInteger(want)) {
    expect({ path, isNumber: typeof actual === "number" }).toEqual({ path, isNumber: true });
    expect(actual as number).toBeCloseTo(want, 12);
    return;
  }
  if (want !== null && typeof want === "object") {
    expect({ path, keys: Object.keys(actual as object).sort() }).toEqual({
      path,
      keys: Object.keys(want).sort(),
    });
    for (const [k, v] of Object.entries(want))
      expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
    return;
  }
  expect({ path, value: actual }).toEqual({ path, value: want });
}

describe.each(FILES)("%s", (file) => {
  it("is read as expected: code, as-of date, no structure errors", () => {
    const r = results[file];
    expect(r.wb.info.code).toBe(expected.files[file].code);
    expect(r.asOf).toBe(day(expected.asOf));
    expect(r.issues.filter((i) => i.code.startsWith("S"))).toEqual([]);
  });

  it("gives every KPI of expected.json", () => {
    const r = results[file];
    expect(r.kpis).not.toBeNull();
    const values = r.kpis!.values as unknown as Record<string, unknown>;
    const want = expected.files[file].kpis;
    expect(Object.keys(values).sort()).toEqual(Object.keys(want).sort());
    for (const [id, v] of Object.entries(want)) expectClose(values[id], v, id);
  });

  it("reports every issue listed under `expect`", () => {
    const got = results[file].issues.map((i) => `${i.sheet}!${i.row}!${i.code}`);
    const want = expected.files[file].expect.map((e) => `${e.sheet}!${e.row}!${e.code}`);
    expect(got).toEqual(expect.arrayContaining(want));
  });
});

it.each(["school-01.xlsx", "school-02.xlsx"])(
  "%s (tidy, or messy but valid) raises no error: every messy spelling is read",
  (file) => {
    expect(results[file].issues.filter((i) => i.severity === "error")).toEqual([]);
  },
);

it("school-02: alias sheets, title rows and shuffled headers are read at their worksheet rows", () => {
  const r = results["school-02.xlsx"];
  expect(r.wb.sheets.mentors?.nameInFile).toBe("Банк наставников");
  expect(r.wb.sheets.mentees?.nameInFile).toBe("База наставляемых");
  expect(r.wb.sheets.mentees?.headerRow).toBe(3);
  expect(r.wb.mentees[0].row).toBe(4);
  expect(
    r.issues.filter((i) => i.sheet === "Наставники").every((i) => i.sheetInFile === "Банк наставников"),
  ).toBe(true);
});
