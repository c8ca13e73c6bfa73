/**
 * A municipality's consolidation workbook as an input of the regional level: «Данные свода»
 * (svodData.ts) read back into one input per pooled school, with the figures, the kind, status and
 * issue counts, the own date and modification time of the school's own file (so that a school also
 * given in its own file is counted once, by the usual rule: the newer one), and the KPIs that were
 * left out of the municipal total (they stay out of the region's). A cell that cannot be read makes
 * its school not pooled, with the reason — never a silent 0.
 */
import type { RawCell, SheetGrid, WorkbookGrid } from "../grid";
import { columnLetter, type Issue } from "../issues";
import { kpiCatalogue } from "../kpi/catalogue";
import { type KpiFigures, noFigures } from "../kpi/figures";
import type { KpiId } from "../kpi/types";
import type { Place } from "../rules/define";
import { normalizeHeader, normalizeSheetName } from "../text/normalize";
import { dayFromIso } from "../values/dates";
import { displayOf } from "../values/parse";
import type { Exclusion, Exclusions } from "./exclusions";
import {
  type ConsolidationInput,
  type InputKind,
  type InputOptions,
  type InputStatus,
  statusOf,
} from "./input";
import {
  FIGURE_COLUMNS,
  POOL_COLUMNS,
  SCHOOL_COLUMNS,
  type SchoolColumn,
  SVOD_DATA_HEADERS,
  SVOD_DATA_SHEET,
} from "./svodData";
import { baseName } from "./fileNames";

const KINDS: readonly InputKind[] = ["workbook", "aggregate", "form"];
const STATUSES: readonly InputStatus[] = ["ok", "errors", "unchecked"];

/** The «Данные свода» sheet of a workbook, when it has that name and its first columns. */
export function svodDataSheetOf(grid: WorkbookGrid): SheetGrid | null {
  const sheet = grid.sheets.find((s) => normalizeSheetName(s.name) === normalizeSheetName(SVOD_DATA_SHEET));
  if (sheet === undefined) return null;
  const head = (sheet.rows[0] ?? []).map((c) => normalizeHeader(displayOf(c) ?? ""));
  const first = Object.values(SCHOOL_COLUMNS).map(normalizeHeader);
  return first.every((h, i) => head[i] === h) ? sheet : null;
}

const numberOf = (c: RawCell): number | null => {
  if (typeof c === "number") return Number.isFinite(c) ? c : null;
  const t = displayOf(c);
  return t !== null && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t) ? Number(t) : null;
};

const listOf = (c: RawCell): number[] | "bad" => {
  const t = displayOf(c);
  if (t === null) return [];
  const xs = t.split(";").map((x) => Number(x.trim()));
  return xs.every(Number.isFinite) ? xs : "bad";
};

function jsonOf(c: RawCell): unknown {
  const t = displayOf(c);
  if (t === null) return null;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

const isCounts = (v: unknown): v is Record<string, number> =>
  v !== null &&
  typeof v === "object" &&
  !Array.isArray(v) &&
  Object.values(v as object).every((n) => typeof n === "number");

function exclusionsOf(v: unknown): Exclusions | undefined {
  if (v === null) return {};
  if (typeof v !== "object" || Array.isArray(v)) return undefined;
  const out: Partial<Record<KpiId, Exclusion>> = {};
  for (const [id, e] of Object.entries(v as Record<string, unknown>)) {
    if (!kpiCatalogue.some((k) => k.id === id) || e === null || typeof e !== "object") return undefined;
    const { reason, code, notGiven } = e as Record<string, unknown>;
    if (typeof reason !== "string") return undefined;
    out[id as KpiId] = {
      reason,
      code: typeof code === "string" ? code : null,
      ...(notGiven === true ? { notGiven: true as const } : {}),
    };
  }
  return out;
}

/** S002 on «Данные свода» itself (the nearest code: its rows are to the sheet what columns are to a list). */
function sheetIssue(
  sheet: SheetGrid,
  message: string,
  row: number | null = null,
  col: number | null = null,
): Issue {
  return {
    sheet: SVOD_DATA_SHEET,
    sheetInFile: sheet.name,
    row,
    column: col === null ? null : columnLetter(col),
    col,
    code: "S002",
    severity: "error",
    message,
    value: null,
  };
}

function container(file: string, opts: InputOptions, issues: Issue[], error: string | null) {
  return {
    file,
    kind: "consolidation" as const,
    status: statusOf(true, issues),
    school: null,
    code: null,
    declaredYear: null,
    asOf: null,
    ownAsOf: null,
    modified: opts.modified ?? null,
    schoolYear: null,
    kpis: null,
    unpooled: {},
    infoDenominators: null,
    carried: null,
    hint: null,
    error,
    issues,
    persons: [],
    snapshots: [],
  };
}

export function consolidationFileInput(
  file: string,
  sheet: SheetGrid,
  opts: InputOptions = {},
): ConsolidationInput {
  const header = (sheet.rows[0] ?? []).map((c) => displayOf(c) ?? "");
  const colOf = new Map(header.map((h, j) => [h, j]));
  const missing = SVOD_DATA_HEADERS.filter((h) => !colOf.has(h));
  if (missing.length > 0) {
    const message = `В «${SVOD_DATA_SHEET}» нет столбцов ${missing
      .slice(0, 3)
      .map((h) => `«${h}»`)
      .join(
        ", ",
      )}${missing.length > 3 ? ` и ещё ${missing.length - 3}` : ""}: свод муниципалитета не учтён. Сформируйте его заново этой версией.`;
    return container(file, opts, [sheetIssue(sheet, message)], message);
  }
  const schools: ConsolidationInput[] = [];
  for (let i = 1; i < sheet.rows.length; i++) {
    const r = sheet.rows[i];
    const cell = (h: string): RawCell => r[colOf.get(h)!] ?? null;
    if (r.every((c) => c === null)) continue;
    schools.push(schoolInput(file, sheet, sheet.firstRow + i, cell, (h) => sheet.firstCol + colOf.get(h)!));
  }
  if (schools.length === 0) {
    const message = `В «${SVOD_DATA_SHEET}» нет ни одной ОО: свод муниципалитета не учтён.`;
    return container(file, opts, [sheetIssue(sheet, message)], message);
  }
  return { ...container(file, opts, [], null), schools };
}

function schoolInput(
  file: string,
  sheet: SheetGrid,
  row: number,
  cell: (header: string) => RawCell,
  colOf: (header: string) => number,
): ConsolidationInput {
  const text = (k: SchoolColumn) => displayOf(cell(SCHOOL_COLUMNS[k]));
  const num = (k: SchoolColumn) => numberOf(cell(SCHOOL_COLUMNS[k]));
  const own = text("file") ?? `строка ${row}`;
  const kind = KINDS.find((k) => k === text("kind")) ?? "workbook";
  const status = STATUSES.find((s) => s === text("status")) ?? "unchecked";
  const errors = num("errors");
  const warnings = num("warnings");
  const asOf = dayFromIso(text("asOf") ?? "");
  const modified = Date.parse(text("modified") ?? "");
  const problems: Issue[] = [];
  const badHeaders: string[] = [];
  const bad = (header: string) =>
    badHeaders.push(header) &&
    problems.push(
      sheetIssue(
        sheet,
        `«${SVOD_DATA_SHEET}», строка ${row}: значение «${header}» не читается — ОО не учтена.`,
        row,
        colOf(header),
      ),
    );

  const values: Record<string, Record<string, unknown>> = Object.fromEntries(
    kpiCatalogue.map((d) => [d.id, JSON.parse(JSON.stringify(noFigures(d.id)))]),
  );
  for (const c of FIGURE_COLUMNS) {
    const raw = cell(c.header);
    let v: unknown;
    if (c.json) {
      v = jsonOf(raw);
      if (v !== null && !isCounts(v)) {
        bad(c.header);
        v = null;
      }
    } else {
      v = numberOf(raw);
      if (v === null && displayOf(raw) !== null) bad(c.header);
    }
    let obj = values[c.id];
    for (const p of c.path.slice(0, -1)) obj = obj[p] as Record<string, unknown>;
    obj[c.path[c.path.length - 1]] = v;
  }
  const loads = listOf(cell(POOL_COLUMNS.loads));
  const mentorScores = listOf(cell(POOL_COLUMNS.mentorScores));
  const menteeScores = listOf(cell(POOL_COLUMNS.menteeScores));
  for (const [h, l] of [
    [POOL_COLUMNS.loads, loads],
    [POOL_COLUMNS.mentorScores, mentorScores],
    [POOL_COLUMNS.menteeScores, menteeScores],
  ] as const)
    if (l === "bad") bad(h);
  const excluded = exclusionsOf(jsonOf(cell(POOL_COLUMNS.excluded)));
  if (excluded === undefined) bad(POOL_COLUMNS.excluded);

  const codeAt: Place = {
    sheet: SVOD_DATA_SHEET,
    sheetInFile: sheet.name,
    row,
    column: SCHOOL_COLUMNS.code,
    col: colOf(SCHOOL_COLUMNS.code),
    value: text("code"),
  };
  const error =
    problems.length > 0
      ? `«${SVOD_DATA_SHEET}», строка ${row}: не читается ${badHeaders.map((h) => `«${h}»`).join(", ")} — показатели этой ОО не учтены.`
      : asOf === null
        ? `В «${SVOD_DATA_SHEET}» (строка ${row}) у ОО нет отчётной даты: её показатели не учтены.`
        : null;
  return {
    file: `${file}#${own}`,
    kind,
    status: problems.length > 0 ? "errors" : status,
    school: { code: text("code"), name: text("name"), municipality: text("municipality") },
    code: text("code") === null ? null : { text: text("code")!, at: codeAt },
    declaredYear: null,
    asOf: asOf ?? null,
    ownAsOf: dayFromIso(text("ownAsOf") ?? ""),
    modified: Number.isFinite(modified) ? modified : null,
    schoolYear: text("schoolYear"),
    kpis:
      error !== null
        ? null
        : {
            values: values as unknown as KpiFigures,
            pool:
              kind === "form"
                ? null
                : {
                    loads: loads as number[],
                    mentorScores: mentorScores as number[],
                    menteeScores: menteeScores as number[],
                  },
            mentees: numberOf(cell(POOL_COLUMNS.mentees)),
          },
    unpooled: excluded ?? {},
    // The municipality reported its C004s; the region does not repeat them.
    infoDenominators: null,
    carried: errors === null || warnings === null ? null : { errors, warnings },
    hint: null,
    error,
    issues: problems,
    persons: [],
    snapshots: [],
    origin: { file: own, via: [baseName(file), ...(text("source")?.split(" › ") ?? [])] },
  };
}
