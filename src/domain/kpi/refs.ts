/** Drill-down references to the rows behind KPIs. */
import type { Analysis, PairFacts } from "../analysis/analysis";
import { perAnalysis } from "../analysis/memo";
import type { Mentee, Mentor, PlanItem } from "../model/records";
import { menteesSheet, mentorsSheet, pairsSheet, planSheet } from "../template/sheets";
import { ruDateOf } from "../values/dates";
import type { Drill, RowRef } from "./types";

const fioCol = (p: Mentor | Mentee) => p.src.col("fio") ?? null;

export function mentorRef(a: Analysis, m: Mentor, note?: string): RowRef {
  return ref(
    mentorsSheet.name,
    a.wb.sheets.mentors?.nameInFile ?? null,
    m.row,
    fioCol(m),
    m.name ?? "",
    note,
  );
}

export function menteeRef(a: Analysis, m: Mentee, note?: string): RowRef {
  return ref(
    menteesSheet.name,
    a.wb.sheets.mentees?.nameInFile ?? null,
    m.row,
    fioCol(m),
    m.name ?? "",
    note,
  );
}

export function pairRef(a: Analysis, f: PairFacts, note?: string): RowRef {
  const p = f.pair;
  const label = `№ ${p.no ?? "—"}: ${p.mentorName ?? "?"} → ${p.menteeName ?? "?"}`;
  return ref(
    pairsSheet.name,
    a.wb.sheets.pairs?.nameInFile ?? null,
    p.row,
    p.src.col("no") ?? null,
    label,
    note,
  );
}

export function planRef(a: Analysis, item: PlanItem, note?: string): RowRef {
  const due = item.due === undefined ? "" : ` (срок ${ruDateOf(item.due)})`;
  const col = item.src.col("event") ?? null;
  return ref(
    planSheet.name,
    a.wb.sheets.plan?.nameInFile ?? null,
    item.row,
    col,
    `${item.event ?? "Мероприятие"}${due}`,
    note,
  );
}

function ref(
  sheet: string,
  sheetInFile: string | null,
  row: number,
  col: number | null,
  label: string,
  note?: string,
): RowRef {
  return note === undefined
    ? { sheet, sheetInFile, row, col, label }
    : { sheet, sheetInFile, row, col, label, note };
}

/** «Пары» rows that do not take part, listed in every pair-based drill-down; the note is the reason. */
export const excludedPairs = perAnalysis((a: Analysis): RowRef[] =>
  a.pairs.filter((f) => f.notCounted !== null).map((f) => pairRef(a, f, f.notCounted!)),
);

export const noDrill: Drill = { counted: [], missing: [], excluded: [], notCounted: [] };
