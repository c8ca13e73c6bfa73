/**
 * A full school workbook, evaluated by the engine, reduced to what consolidation keeps: the grid,
 * the row model and the drill-down are dropped here, so reading many files costs memory only for
 * figures and issues.
 */
import type { SchoolResult } from "../engine";
import { snapshotsUpTo } from "../report/trend";
import { atCell, atInfoItem } from "../rules/define";
import {
  denominatorItemKey,
  type InfoDenominatorKpi,
  INFO_DENOMINATORS,
  infoDenominatorLabel,
} from "./exclusions";
import type { ConsolidationInput, InputOptions, PersonEntry, SchoolInfo } from "./input";
import { inputSnapshots, statusOf } from "./input";

/**
 * Who the school is. «Код ОО» as written — «бмо-21 » stays so (expected_real.json): the analyst
 * sees the spelling that made two files one school; codes are compared normalised (supersession.ts).
 */
export function schoolOf(r: SchoolResult): SchoolInfo | null {
  const i = r.wb.info;
  if (i.nameInFile === null) return null;
  const raw = i.items.get("code")?.raw;
  const code = typeof raw === "string" && i.code !== undefined ? raw : (i.code ?? null);
  return { code, name: i.name ?? null, municipality: i.municipality ?? null };
}

function personsOf(r: SchoolResult): PersonEntry[] {
  const a = r.analysis;
  const out: PersonEntry[] = [];
  for (const m of a.mentors)
    out.push({ key: m.key!, role: "mentor", at: atCell(a, "mentors", m.src, "fio") });
  for (const m of a.mentees)
    out.push({ key: m.key!, role: "mentee", at: atCell(a, "mentees", m.src, "fio") });
  return out;
}

/** The «Сведения» item with its «Значение» cell, when the item has readable text. */
function itemOf(r: SchoolResult, key: "code" | "schoolYear") {
  const text = r.wb.info[key];
  if (text === undefined) return null;
  return { text, at: atInfoItem(r.analysis, r.wb.info.items.get(key)) };
}

function infoDenominators(r: SchoolResult): ConsolidationInput["infoDenominators"] {
  const out: Partial<Record<InfoDenominatorKpi, { label: string; at: ReturnType<typeof atInfoItem> }>> = {};
  for (const id of Object.keys(INFO_DENOMINATORS) as InfoDenominatorKpi[]) {
    const key = denominatorItemKey(id, (k) => r.wb.info.items.get(k)?.raw ?? null);
    out[id] = { label: infoDenominatorLabel(id, key), at: atInfoItem(r.analysis, r.wb.info.items.get(key)) };
  }
  return out;
}

/** forms.md: a file that has none of the four input sheets is probably a region's form. */
export const FORM_HINT = "похоже на форму мониторинга, а не на книгу ОО: укажите --form-map";

function hintOf(r: SchoolResult): string | null {
  const { info, sheets } = r.wb;
  const none = info.nameInFile === null && !sheets.mentors && !sheets.mentees && !sheets.pairs;
  return none ? FORM_HINT : null;
}

export function workbookInput(file: string, r: SchoolResult, opts: InputOptions = {}): ConsolidationInput {
  return {
    file,
    kind: "workbook",
    status: statusOf(true, r.issues),
    school: schoolOf(r),
    code: itemOf(r, "code"),
    declaredYear: itemOf(r, "schoolYear"),
    asOf: r.asOf,
    ownAsOf: r.wb.info.asOf ?? null,
    modified: opts.modified ?? null,
    schoolYear: r.kpis ? r.analysis.schoolYear : null,
    kpis: r.kpis ? { values: r.kpis.values, pool: r.kpis.pool } : null,
    unpooled: {},
    infoDenominators: infoDenominators(r),
    carried: null,
    hint: hintOf(r),
    error: r.error,
    issues: r.issues,
    persons: personsOf(r),
    snapshots: inputSnapshots(snapshotsUpTo(r.wb.snapshots.rows, r.asOf)),
  };
}
