/**
 * A school's depersonalised «Данные отчёта» export, written as an .xlsx by the project's writer,
 * consolidated next to full workbooks: marked as an aggregate, its figures enter the total.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateWorkbook } from "../../src/domain/engine";
import type { WritePlan } from "../../src/domain/plan/writePlan";
import {
  REPORT_DATA_HEADERS,
  REPORT_DATA_SHEET,
  REPORT_DATA_TABLE,
  reportDataRows,
} from "../../src/domain/report/reportData";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { nastavnik, nastavnikJson } from "../cli/run";
import { SCHOOL_FILES, school } from "../fixtures/schoolFiles";
import { tempDir } from "./support";

const dir = tempDir();
const samples = SCHOOL_FILES.map(school);
const exported = join(dir, "school-01-отчёт.xlsx");

beforeAll(async () => {
  const r = evaluateWorkbook(await readWorkbookFile(samples[0]));
  const plan: WritePlan = {
    sheets: [
      {
        name: "Мониторинг",
        mode: "create",
        blocks: [{ row: 1, col: 1, values: [["Мониторинг наставничества"]] }],
      },
      {
        name: REPORT_DATA_SHEET,
        mode: "create",
        tables: [
          {
            name: REPORT_DATA_TABLE,
            row: 1,
            col: 1,
            headers: REPORT_DATA_HEADERS,
            rows: reportDataRows(r.wb.info, r.asOf!, r.analysis.schoolYear, r.kpis!.values, r.kpis!.pool),
            columnFormats: ["@", "@", "@", null],
          },
        ],
      },
    ],
  };
  writeFileSync(exported, await writePlanToBuffer(plan));
});

test("the export is an aggregate with the tidy school's own figures; the total equals that of the three workbooks", () => {
  const full = nastavnikJson(["consolidate", ...samples, "-o", join(dir, "full.xlsx")]).json;
  const mixed = nastavnikJson([
    "consolidate",
    exported,
    samples[1],
    samples[2],
    "-o",
    join(dir, "mixed.xlsx"),
  ]);
  const agg = mixed.json.files[0];
  // Written the way version 1 wrote exports (no issue counts): «не проверено», never «без ошибок».
  expect(agg).toMatchObject({
    kind: "aggregate",
    status: "unchecked",
    errors: null,
    warnings: null,
    asOf: "2024-12-20",
    schoolYear: "2024/2025",
  });
  expect(agg.school).toEqual(full.files[0].school);
  expect(agg.kpis).toEqual(full.files[0].kpis);
  expect(mixed.json.files.slice(1).map((f: any) => f.kind)).toEqual(["workbook", "workbook"]);
  expect(mixed.json.total.kpis).toEqual(full.total.kpis);
  expect(mixed.json.total.schools).toBe(full.total.schools);
  // The errors of the school with mistakes; the aggregate adds none.
  expect(mixed.code).toBe(1);
});

test("the export and the workbook it came from share a code: the school is pooled once", () => {
  // Same own date; the export was written just now, so it is the newer file.
  const r = nastavnikJson(["consolidate", samples[0], exported, "-o", join(dir, "dup.xlsx")]);
  expect(r.json.files.map((f: any) => [f.kind, f.status, f.pooled, f.supersededBy])).toEqual([
    ["workbook", "ok", false, exported],
    ["aggregate", "unchecked", true, null],
  ]);
  expect(r.json.total.schools).toBe(1);
  expect(r.code).toBe(0);
});

test("the export `nastavnik report` writes is consolidated as an aggregate with the same figures", () => {
  const report = join(dir, "отчёт-01.xlsx");
  expect(nastavnik(["report", samples[0], "-o", report]).code).toBe(0);
  const full = nastavnikJson(["consolidate", samples[0], "-o", join(dir, "one.xlsx")]).json;
  const r = nastavnikJson(["consolidate", report, "-o", join(dir, "from-report.xlsx")]);
  // `report` of version 2 writes the workbook's issue counts: the export's status is known.
  expect(r.json.files[0]).toMatchObject({
    kind: "aggregate",
    status: full.files[0].status,
    errors: full.files[0].errors,
    warnings: full.files[0].warnings,
    school: full.files[0].school,
  });
  expect(r.json.files[0].kpis).toEqual(full.files[0].kpis);
  expect(r.json.total.kpis).toEqual(full.total.kpis);
  expect(r.json.total.excluded).toEqual(
    Object.fromEntries(
      Object.entries(full.total.excluded).map(([id, l]: [string, any]) => [id, l.map(() => report)]),
    ),
  );
  expect(r.code).toBe(0);
});
