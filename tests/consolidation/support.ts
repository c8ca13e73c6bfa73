/** Building consolidation inputs from readable school data, and running the CLI on temp folders. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ConsolidationInput } from "../../src/domain/consolidation/input";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import type { SheetGrid } from "../../src/domain/grid";
import type { PlanValue } from "../../src/domain/plan/writePlan";
import { REPORT_DATA_HEADERS, REPORT_DATA_SHEET } from "../../src/domain/report/reportData";
import {
  mentee,
  mentor,
  pair,
  planItem,
  school,
  type SchoolData,
  type SchoolOptions,
} from "../domain/builders";

/** A small clean school: one mentor, one young teacher, one running pair, one done event. */
export function smallSchool(code: string, o: Partial<SchoolData> = {}): SchoolData {
  return {
    info: { "Код ОО": code, "Наименование ОО": `Школа ${code}`, ...o.info },
    mentors: o.mentors ?? [mentor("Петрова Анна Ивановна")],
    mentees: o.mentees ?? [mentee("Зуева Ольга Игоревна")],
    pairs: o.pairs ?? [pair(1, "Петрова Анна Ивановна", "Зуева Ольга Игоревна")],
    plan: o.plan ?? [planItem("Совещание наставников")],
  };
}

export function inputOf(file: string, data: SchoolData, opts?: SchoolOptions): ConsolidationInput {
  return consolidationInput(file, school(data, opts));
}

/** «Данные отчёта» as a grid: the header row and the rows of `reportDataRows`. */
export function reportDataGrid(rows: readonly (readonly PlanValue[])[], name = REPORT_DATA_SHEET): SheetGrid {
  const cell = (v: PlanValue) => (v !== null && typeof v === "object" ? null : v);
  return {
    name,
    firstRow: 1,
    firstCol: 1,
    rows: [[...REPORT_DATA_HEADERS], ...rows.map((r) => r.map(cell))],
  };
}

export const tempDir = (prefix = "nastavnik-svod-") => mkdtempSync(join(tmpdir(), prefix));
