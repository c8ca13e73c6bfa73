/**
 * `nastavnik import` and «Перенести лист» (cli.md "Import"): the sheets of the workbooks a school
 * already has → the rows of one template workbook, and a report in which every non-empty source
 * cell is either placed or listed as not placed with the reason. Pure: the caller reads the files
 * and writes the plan (`importPlan`, `adoptPlan`).
 */
import type { SheetGrid } from "../grid";
import { infoSheet, settingsSheet } from "../template/keyValue";
import { listSheet, listSheets, type ListSheetId } from "../template/sheets";
import { schoolYearStartOf } from "../values/dates";
import { isEmptyCell } from "../values/parse";
import type { ReadContext } from "../values/readCell";
import { parseSchoolYear } from "../values/schoolYear";
import { ExtraColumnSet } from "./extraColumns";
import { importKeyValueSheet, KeyValueBuilder } from "./keyValueImport";
import { importListSheet, type PairDraft } from "./listSheetImport";
import { locateForImport } from "./locate";
import {
  type Conversion,
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type ImportTarget,
  type MissingRequired,
  type NotImported,
  type SheetChoice,
  sheetKey,
  type SheetReport,
  type TargetRow,
} from "./model";
import { assemblePairs } from "./pairsAssembly";
import { SheetLog } from "./sheetLog";
import { proposeTarget } from "./targets";

export const NO_HEADER_ROW = "не найдена строка заголовков";

const nonEmptyCells = (grid: SheetGrid): number =>
  grid.rows.reduce((n, r) => n + r.filter((c) => !isEmptyCell(c)).length, 0);

interface Job {
  readonly source: ImportSource;
  readonly grid: SheetGrid;
  readonly target: ImportTarget;
  readonly choice: SheetChoice;
}

const targetName = (t: ImportTarget): string =>
  t === "info" ? infoSheet.name : t === "settings" ? settingsSheet.name : listSheet(t).name;

/** The cell's worksheet row and column, for ordering the conversions («K6», «B3:D3»). */
function cellOrder(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)/.exec(cell);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

function sortedConversions(logs: readonly SheetLog[]): Conversion[] {
  return logs.flatMap((log) =>
    log.conversions
      .map((c, i) => ({ c, i, o: cellOrder(c.cell) }))
      .sort((a, b) => a.o[0] - b.o[0] || a.o[1] - b.o[1] || a.i - b.i)
      .map((x) => x.c),
  );
}

function reportOf(log: SheetLog): SheetReport {
  return {
    file: log.file,
    sheet: log.sheet,
    target: log.target,
    targetName: log.targetName,
    headerRow: log.headerRow,
    rows: log.rows,
    written: log.written,
    pairsGenerated: log.pairsGenerated,
    mapped: log.mapped,
    pairsMapped: log.pairsMapped,
    unmapped: log.unmapped,
    skipped: log.skipped,
    notPlaced: log.notPlaced,
    repeats: log.repeats,
    constants: log.constants,
    numbered: log.numbered,
  };
}

/** The sheets to import, in the order given, and those left out with the reason. */
function plan(sources: readonly ImportSource[], opts: ImportOptions) {
  const jobs: Job[] = [];
  const notImported: NotImported[] = [];
  for (const source of sources)
    for (const grid of source.grid.sheets) {
      const choice = opts.choices?.get(sheetKey(source.file, grid.name)) ?? {};
      const proposal = proposeTarget(grid);
      const target = choice.target !== undefined ? choice.target : proposal.target;
      if (target === null) {
        const reason = proposal.target === null ? proposal.reason : "не выбран для переноса";
        notImported.push({ file: source.file, sheet: grid.name, reason, cells: nonEmptyCells(grid) });
      } else jobs.push({ source, grid, target, choice });
    }
  return { jobs, notImported };
}

/** Which template columns each source gives values for, to name the ones to fill by hand. */
class Sources {
  private readonly byTarget = new Map<ListSheetId, Set<string>[]>();
  add(target: ListSheetId, keys: ReadonlySet<string>): void {
    const list = this.byTarget.get(target) ?? [];
    list.push(new Set(keys));
    this.byTarget.set(target, list);
  }
  missing(): MissingRequired[] {
    const out: MissingRequired[] = [];
    for (const spec of listSheets) {
      const sources = this.byTarget.get(spec.id) ?? [];
      for (const c of spec.columns) {
        // An empty «План» «Статус» reads «Запланировано»: nothing to fill.
        if (!c.required || (c.type.kind === "enum" && c.type.emptyAs !== undefined)) continue;
        if (sources.some((s) => !s.has(c.key))) out.push({ sheet: spec.name, column: c.header });
      }
    }
    return out;
  }
}

export function importWorkbooks(sources: readonly ImportSource[], opts: ImportOptions): ImportResult {
  const off = opts.off ?? new Set();
  const { jobs, notImported } = plan(sources, opts);
  const info = new KeyValueBuilder(infoSheet);
  const settings = new KeyValueBuilder(settingsSheet);
  const logs: SheetLog[] = [];
  let unreadable = 0;

  // «Сведения» first: its «Учебный год» is the school year «в течение года» means.
  const keyValueLogs = new Map<Job, SheetLog>();
  for (const job of jobs) {
    if (job.target !== "info" && job.target !== "settings") continue;
    const log = new SheetLog(job.source.file, job.grid.name, job.target, targetName(job.target), 0);
    keyValueLogs.set(job, log);
    const ctx: ReadContext = { date1904: job.source.grid.date1904 };
    unreadable += importKeyValueSheet(
      job.grid,
      job.choice,
      ctx,
      log,
      job.target === "info" ? info : settings,
    );
  }
  const schoolYear =
    typeof info.values.schoolYear === "string" ? parseSchoolYear(info.values.schoolYear) : null;

  const extras = new Map<ListSheetId, ExtraColumnSet>(listSheets.map((s) => [s.id, new ExtraColumnSet()]));
  const rows = new Map<ListSheetId, TargetRow[]>(listSheets.map((s) => [s.id, []]));
  const drafts: PairDraft[] = [];
  const sourced = new Sources();
  // A base counts as a source of «Пары» only when a pair it made is written (not all repeats).
  const bases: { log: SheetLog; keys: ReadonlySet<string> }[] = [];
  for (const job of jobs) {
    const kv = keyValueLogs.get(job);
    if (kv !== undefined) {
      logs.push(kv);
      continue;
    }
    const spec = listSheet(job.target as ListSheetId);
    const loc = locateForImport(job.grid, spec, { ...job.choice, off });
    if (loc === null) {
      notImported.push({
        file: job.source.file,
        sheet: job.grid.name,
        reason: NO_HEADER_ROW,
        cells: nonEmptyCells(job.grid),
      });
      continue;
    }
    const log = new SheetLog(job.source.file, job.grid.name, spec.id, spec.name, loc.headerRow);
    logs.push(log);
    const ctx: ReadContext = {
      date1904: job.source.grid.date1904,
      schoolYearFirst: schoolYear ?? schoolYearStartOf(opts.asOf),
    };
    const out = importListSheet(
      { grid: job.grid, spec, choice: job.choice, ctx, off, log, extras: extras.get(spec.id)! },
      loc,
    );
    unreadable += out.unreadable;
    rows.get(spec.id)!.push(...out.rows);
    log.written += out.rows.length;
    drafts.push(...out.pairs);
    if (spec.id === "pairs") {
      if (loc.rows.length > 0) sourced.add("pairs", withGenerated(out.sourced, off));
    } else {
      if (loc.rows.length > 0) sourced.add(spec.id, out.sourced);
      if (out.pairs.length > 0) bases.push({ log, keys: withGenerated(out.pairsSourced, off) });
    }
  }

  const persons = (id: ListSheetId) =>
    rows
      .get(id)!
      .flatMap((r) => (typeof r.values.fio === "string" && r.values.fio !== "" ? [r.values.fio] : []));
  const assembled = assemblePairs(
    drafts,
    { mentors: persons("mentors"), mentees: persons("mentees") },
    {
      asOf: opts.asOf,
      off,
      existing: opts.existing,
    },
  );
  rows.get("pairs")!.push(...assembled.pairs);
  for (const b of bases) if (b.log.pairsGenerated > 0) sourced.add("pairs", b.keys);
  rows.get("mentors")!.push(...assembled.mentorsAdded);
  rows.get("mentees")!.push(...assembled.menteesAdded);
  if (assembled.mentorsAdded.length > 0) sourced.add("mentors", new Set(["fio"]));
  if (assembled.menteesAdded.length > 0) sourced.add("mentees", new Set(["fio"]));

  const listOf = (id: ListSheetId) => ({ rows: rows.get(id)!, extraColumns: extras.get(id)!.columns });
  return {
    asOf: opts.asOf,
    book: {
      info: info.result(),
      settings: settings.result(),
      lists: {
        mentors: listOf("mentors"),
        mentees: listOf("mentees"),
        pairs: listOf("pairs"),
        plan: listOf("plan"),
      },
    },
    sheets: logs.map(reportOf),
    conversions: sortedConversions(logs),
    missingRequired: sourced.missing(),
    notImported,
    unreadable,
  };
}

/** The «Пары» columns a source gives, with № and Статус that import generates when it may. */
function withGenerated(keys: ReadonlySet<string>, off: ReadonlySet<string>): Set<string> {
  const out = new Set(keys);
  if (!off.has("generateNo")) out.add("no");
  if (!off.has("deriveStatus")) out.add("status");
  return out;
}
