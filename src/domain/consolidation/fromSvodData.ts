/**
 * A municipality's consolidation workbook as an input of the regional level: «Данные свода»
 * (svodData.ts) read back into one input per pooled school, with the figures, the kind, status and
 * issue counts, the own date and modification time of the school's own file (so that a school also
 * given in its own file is counted once, by the usual rule: the newer one), and the KPIs that were
 * left out of the municipal total (they stay out of the region's).
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { Issue } from "../issues";
import { kpiCatalogue } from "../kpi/catalogue";
import { type KpiFigures, noFigures } from "../kpi/figures";
import type { KpiId } from "../kpi/types";
import type { Place } from "../rules/define";
import { normalizeHeader, normalizeSheetName } from "../text/normalize";
import { dayFromIso } from "../values/dates";
import { displayOf, readNumber } from "../values/parse";
import type { Exclusion } from "./exclusions";
import {
  type ConsolidationInput,
  type InputKind,
  type InputOptions,
  type InputStatus,
  statusOf,
} from "./input";
import {
  NO_CODE_FIELD,
  NOT_GIVEN_FIELD,
  SCHOOL_FIELDS,
  type SchoolField,
  SVOD_DATA_HEADERS,
  SVOD_DATA_SHEET,
  SVOD_SECTION,
} from "./svodData";

const KINDS: readonly InputKind[] = ["workbook", "aggregate", "form"];
const STATUSES: readonly InputStatus[] = ["ok", "errors", "unchecked"];
const FIELD_KEYS = new Map(Object.entries(SCHOOL_FIELDS).map(([k]) => [k, k as SchoolField]));

/** The «Данные свода» sheet of a workbook, when it has that name and header. */
export function svodDataSheetOf(grid: WorkbookGrid): SheetGrid | null {
  const sheet = grid.sheets.find((s) => normalizeSheetName(s.name) === normalizeSheetName(SVOD_DATA_SHEET));
  if (sheet === undefined) return null;
  const head = (sheet.rows[0] ?? []).map((c) => normalizeHeader(displayOf(c) ?? ""));
  return SVOD_DATA_HEADERS.every((h, i) => head[i] === normalizeHeader(h)) ? sheet : null;
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

interface Block {
  readonly items: Map<SchoolField, { text: string | null; raw: number | null; row: number }>;
  readonly kpis: Map<KpiId, Map<string, number | null>>;
  readonly loads: number[];
  readonly mentorScores: number[];
  readonly menteeScores: number[];
  mentees: number | null;
  readonly excluded: Map<KpiId, Exclusion>;
  /** The row of the block's «Код ОО», for C001 to point at. */
  codeRow: number | null;
}

function newBlock(): Block {
  return {
    items: new Map(),
    kpis: new Map(),
    loads: [],
    mentorScores: [],
    menteeScores: [],
    mentees: null,
    excluded: new Map(),
    codeRow: null,
  };
}

const isKpi = (id: string): id is KpiId => kpiCatalogue.some((k) => k.id === id);

function numberOf(raw: ReturnType<typeof displayOf> | number | null): number | null {
  if (raw === null) return null;
  if (typeof raw === "number") return raw;
  const r = readNumber(raw);
  return r.state === "ok" ? r.value : /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(raw) ? Number(raw) : null;
}

/** Sets a figure's field («mentor.mean», «byForm:F», «byForm» = present) on a KPI's figures. */
function figuresOf(id: KpiId, fields: Map<string, number | null> | undefined): unknown {
  const out = JSON.parse(JSON.stringify(noFigures(id))) as Record<string, unknown>;
  if (fields === undefined) return out;
  for (const [field, v] of fields) {
    const colon = field.indexOf(":");
    if (colon > 0) {
      const group = field.slice(0, colon);
      const bucket = (out[group] ??= {}) as Record<string, number>;
      if (v !== null) bucket[field.slice(colon + 1)] = v;
    } else if (field === "byForm" || field === "byKind") {
      out[field] ??= {};
    } else {
      const path = field.split(".");
      let obj = out;
      for (const p of path.slice(0, -1)) obj = (obj[p] ??= {}) as Record<string, unknown>;
      obj[path[path.length - 1]] = v;
    }
  }
  return out;
}

function schoolInput(container: string, sheet: SheetGrid, b: Block, opts: InputOptions): ConsolidationInput {
  const text = (k: SchoolField) => b.items.get(k)?.text ?? null;
  const num = (k: SchoolField) => b.items.get(k)?.raw ?? numberOf(text(k));
  const own = text("file") ?? "?";
  const via = [baseName(container), ...(text("source")?.split(" › ") ?? [])];
  const kind = KINDS.find((k) => k === text("kind")) ?? "workbook";
  const status = STATUSES.find((s) => s === text("status")) ?? "unchecked";
  const errors = num("errors");
  const warnings = num("warnings");
  const asOf = dayFromIso(text("asOf") ?? "");
  const modified = Date.parse(text("modified") ?? "");
  const values = Object.fromEntries(kpiCatalogue.map((d) => [d.id, figuresOf(d.id, b.kpis.get(d.id))]));
  const codeAt: Place = {
    sheet: SVOD_DATA_SHEET,
    sheetInFile: sheet.name,
    row: b.codeRow,
    column: SVOD_DATA_HEADERS[4],
    col: b.codeRow === null ? null : sheet.firstCol + 4,
    value: text("code"),
  };
  return {
    file: `${container}#${own}`,
    kind,
    status,
    school: { code: text("code"), name: text("name"), municipality: text("municipality") },
    code: text("code") === null ? null : { text: text("code")!, at: codeAt },
    declaredYear: null,
    asOf: asOf ?? opts.asOf ?? null,
    ownAsOf: dayFromIso(text("ownAsOf") ?? ""),
    modified: Number.isFinite(modified) ? modified : null,
    schoolYear: text("schoolYear"),
    kpis:
      asOf === null
        ? null
        : {
            values: values as unknown as KpiFigures,
            pool:
              kind === "form"
                ? null
                : { loads: b.loads, mentorScores: b.mentorScores, menteeScores: b.menteeScores },
            mentees: b.mentees,
          },
    unpooled: Object.fromEntries(b.excluded),
    // The municipality reported its C004s; the region does not repeat them.
    infoDenominators: null,
    carried: errors === null || warnings === null ? null : { errors, warnings },
    hint: null,
    error: asOf === null ? "В «Данных свода» у ОО нет отчётной даты: её показатели не учтены." : null,
    issues: [],
    persons: [],
    snapshots: [],
    origin: { file: own, via },
  };
}

/** S002 on «Данные свода» itself: a consolidation without a single school block. */
function empty(file: string, sheet: SheetGrid, opts: InputOptions): ConsolidationInput {
  const message = `В «${SVOD_DATA_SHEET}» нет ни одной ОО: свод муниципалитета не учтён. Сформируйте свод заново.`;
  const issues: Issue[] = [
    {
      sheet: SVOD_DATA_SHEET,
      sheetInFile: sheet.name,
      row: null,
      column: null,
      col: null,
      code: "S002",
      severity: "error",
      message,
      value: null,
    },
  ];
  return {
    file,
    kind: "consolidation",
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
    error: message,
    issues,
    persons: [],
    snapshots: [],
    schools: [],
  };
}

export function consolidationFileInput(
  file: string,
  sheet: SheetGrid,
  opts: InputOptions = {},
): ConsolidationInput {
  const blocks = new Map<number, Block>();
  sheet.rows.forEach((r, i) => {
    if (i === 0) return;
    const cell = (j: number) => r[j] ?? null;
    const no = numberOf(displayOf(cell(0)));
    const section = displayOf(cell(1));
    const id = displayOf(cell(2));
    const field = displayOf(cell(3));
    if (no === null || section === null || id === null || field === null) return;
    let b = blocks.get(no);
    if (b === undefined) blocks.set(no, (b = newBlock()));
    const raw = cell(4);
    const value = typeof raw === "number" ? raw : numberOf(displayOf(raw));
    if (section === SVOD_SECTION.school) {
      const key = FIELD_KEYS.get(id);
      if (key === undefined || b.items.has(key)) return;
      b.items.set(key, {
        text: displayOf(raw),
        raw: typeof raw === "number" ? raw : null,
        row: sheet.firstRow + i,
      });
      if (key === "code") b.codeRow = sheet.firstRow + i;
    } else if (section === SVOD_SECTION.kpi && isKpi(id)) {
      let m = b.kpis.get(id);
      if (m === undefined) b.kpis.set(id, (m = new Map()));
      m.set(field, value);
    } else if (section === SVOD_SECTION.pool && value !== null) {
      if (id === "mentor_load" && field === "load") b.loads.push(value);
      else if (id === "mentor_load" && field === "mentees") b.mentees = value;
      else if (id === "satisfaction" && field === "mentor") b.mentorScores.push(value);
      else if (id === "satisfaction" && field === "mentee") b.menteeScores.push(value);
    } else if (section === SVOD_SECTION.excluded && isKpi(id)) {
      const reason = displayOf(raw) ?? "";
      const e: Exclusion =
        field === NOT_GIVEN_FIELD
          ? { reason, code: null, notGiven: true }
          : { reason, code: field === NO_CODE_FIELD ? null : field };
      b.excluded.set(id, e);
    }
  });
  if (blocks.size === 0) return empty(file, sheet, opts);
  const schools = [...blocks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, b]) => schoolInput(file, sheet, b, opts));
  return { ...empty(file, sheet, opts), status: "ok", issues: [], error: null, schools };
}
