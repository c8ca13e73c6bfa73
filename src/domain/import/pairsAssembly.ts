/**
 * The «Пары» rows of an import (cli.md "Import" 4–8), once every source sheet is read: one row per
 * mentee named in one cell; names resolved against the imported persons (a short name becomes
 * the person's ФИО); rows made from the bases dropped when they repeat an earlier «Пары» row;
 * № пары/группы and Статус given where the source has none; persons named only on «Пары» added.
 * Rows read from «Пары» sheets come first, then the rows made from the bases.
 */
import { NameResolver } from "../analysis/shortNames";
import type { PlanValue } from "../plan/writePlan";
import { listSheet } from "../template/sheets";
import { isFullName } from "../text/fullName";
import { personKey } from "../text/normalize";
import { dayFromIso, type DayNumber, ruDateOf } from "../values/dates";
import type { PairDraft } from "./listSheetImport";
import { splitMentees } from "./menteeSplit";
import type { Conversion, ExistingBook, TargetRow } from "./model";
import type { TransformId } from "./transforms";
import { reportValueOf, shownOf } from "./writtenValues";

interface Person {
  readonly key: string;
  readonly name: string;
}

export interface PairsOutcome {
  readonly pairs: TargetRow[];
  readonly mentorsAdded: TargetRow[];
  readonly menteesAdded: TargetRow[];
}

interface PairRow {
  readonly draft: PairDraft;
  readonly values: Record<string, PlanValue>;
  /** What happened to this row beyond its cells' readings; listed only if the row is written. */
  readonly notes: Conversion[];
}

const mentorsSheet = listSheet("mentors");
const menteesSheet = listSheet("mentees");
const pairsSheet = listSheet("pairs");

function resolverOf(names: readonly string[]): {
  resolver: NameResolver<Person>;
  byKey: Map<string, Person>;
} {
  const byKey = new Map<string, Person>();
  for (const name of names) {
    const key = personKey(name);
    if (key !== "" && !byKey.has(key)) byKey.set(key, { key, name });
  }
  return { resolver: new NameResolver(byKey), byKey };
}

const textOf = (v: PlanValue | undefined): string | null => (typeof v === "string" && v !== "" ? v : null);

function note(
  row: PairRow,
  cell: string | null,
  from: string,
  header: string,
  to: PlanValue,
  kind: "splitMentees" | "shortName" | "status" | "personAdded",
  text: string,
  target: string,
  transform: TransformId | null,
): void {
  const draft = row.draft;
  row.notes.push({
    file: draft.log.file,
    sheet: draft.log.sheet,
    cell: cell ?? `строка ${draft.row}`,
    from,
    to: { [header]: reportValueOf(to) },
    note: text,
    kind,
    target,
    transform,
  });
}

/** One row per mentee a cell names, in order, the other cells copied. */
function split(drafts: readonly PairDraft[], off: ReadonlySet<TransformId>): PairRow[] {
  const rows: PairRow[] = [];
  for (const draft of drafts) {
    const parts = off.has("splitMentees") || draft.menteeRaw === null ? null : splitMentees(draft.menteeRaw);
    if (parts === null) {
      rows.push({ draft, values: draft.values, notes: [] });
      continue;
    }
    parts.forEach((mentee, i) => {
      const row: PairRow = { draft, values: { ...draft.values, mentee }, notes: [] };
      rows.push(row);
      const text = `несколько наставляемых в одной ячейке (${i + 1} из ${parts.length})`;
      note(
        row,
        draft.menteeCell,
        shownOf(draft.values.mentee ?? null),
        "Наставляемый",
        mentee,
        "splitMentees",
        text,
        pairsSheet.name,
        "splitMentees",
      );
    });
  }
  return rows;
}

/** A short name («Петров С.Н.») of exactly one person becomes that person's ФИО. */
function resolveNames(
  rows: readonly PairRow[],
  mentors: NameResolver<Person>,
  mentees: NameResolver<Person>,
) {
  for (const r of rows) {
    for (const [key, resolver, header] of [
      ["mentor", mentors, "Наставник"],
      ["mentee", mentees, "Наставляемый"],
    ] as const) {
      const name = textOf(r.values[key]);
      if (name === null) continue;
      const found = resolver.resolve(personKey(name));
      if (!found.short || found.person === undefined) continue;
      r.values[key] = found.person.name;
      const cell = key === "mentor" ? r.draft.mentorCell : r.draft.menteeCell;
      note(r, cell, name, header, found.person.name, "shortName", "краткое имя", pairsSheet.name, null);
    }
  }
}

/** The key of a link: mentor, mentee and Дата начала as written (cli.md "Import" 5). */
function linkKey(values: Readonly<Record<string, PlanValue>>): string {
  const k = (v: PlanValue | undefined) => personKey(textOf(v) ?? "");
  return `${k(values.mentor)}\u0000${k(values.mentee)}\u0000${shownOf(values.start ?? null)}`;
}

function dropRepeats(rows: readonly PairRow[], existing: ExistingBook | undefined): PairRow[] {
  const seen = new Map<string, string>();
  for (const p of existing?.pairs ?? []) {
    const start = p.start === null ? null : dayFromIso(p.start);
    seen.set(
      linkKey({ mentor: p.mentor, mentee: p.mentee, start: start === null ? p.start : ruDateOf(start) }),
      `строки ${p.row} листа «Пары»`,
    );
  }
  const kept: PairRow[] = [];
  for (const r of rows) {
    const key = linkKey(r.values);
    const earlier = seen.get(key);
    if (r.draft.generated && earlier !== undefined) {
      r.draft.log.repeats.push({ row: r.draft.row, of: earlier });
      continue;
    }
    if (earlier === undefined) seen.set(key, `строки ${r.draft.row} листа «${r.draft.log.sheet}»`);
    kept.push(r);
  }
  return kept;
}

/** № пары/группы for sources without one: 1, 2, … per source row, after the largest numeric №. */
function number(rows: readonly PairRow[], existing: ExistingBook | undefined) {
  let next = 0;
  const numeric = (v: string | null) => (v !== null && /^\d{1,9}$/.test(v.trim()) ? Number(v) : 0);
  for (const p of existing?.pairs ?? []) next = Math.max(next, numeric(p.no));
  for (const r of rows) if (r.draft.numbered) next = Math.max(next, numeric(textOf(r.values.no)));
  const given = new Map<PairDraft, string>();
  for (const r of rows) {
    if (r.draft.numbered) continue;
    let no = given.get(r.draft);
    if (no === undefined) {
      no = String(++next);
      given.set(r.draft, no);
      r.draft.log.number(next);
    }
    r.values.no = no;
  }
}

const dayOf = (v: PlanValue | undefined): DayNumber | null =>
  v !== null && v !== undefined && typeof v === "object" && "date" in v ? dayFromIso(v.date) : null;

/** Статус from the dates at the import date A (cli.md "Import" 7). */
export function statusAt(values: Readonly<Record<string, PlanValue>>, asOf: DayNumber): string | null {
  const start = dayOf(values.start);
  if (start === null) return null;
  if (start > asOf) return "Планируется";
  const actual = dayOf(values.actualEnd);
  const planned = dayOf(values.plannedEnd);
  if ((actual !== null && actual <= asOf) || (planned !== null && planned < asOf)) return "Завершена";
  return "Действует";
}

function deriveStatuses(rows: readonly PairRow[], asOf: DayNumber) {
  const listed = new Set<PairDraft>();
  for (const r of rows) {
    // Only a row that has none: an unreadable Статус is the user's, kept as typed.
    if (r.values.status !== undefined && r.values.status !== null) continue;
    const s = statusAt(r.values, asOf);
    if (s === null) continue;
    r.values.status = s;
    // Rows split from one cell share their dates: one line for them all.
    if (listed.has(r.draft)) continue;
    listed.add(r.draft);
    const text = `Статус выведен из дат на ${ruDateOf(asOf)}`;
    note(
      r,
      r.draft.startCell,
      r.draft.startText,
      "Статус",
      s,
      "status",
      text,
      pairsSheet.name,
      "deriveStatus",
    );
  }
}

/** Persons named only on «Пары», with a full name, added to their sheet with their ФИО only. */
function addPersons(rows: readonly PairRow[], mentors: NameResolver<Person>, mentees: NameResolver<Person>) {
  const added = { mentor: [] as TargetRow[], mentee: [] as TargetRow[] };
  const addedKeys = { mentor: new Set<string>(), mentee: new Set<string>() };
  for (const r of rows) {
    for (const [role, resolver, sheet] of [
      ["mentor", mentors, mentorsSheet.name],
      ["mentee", mentees, menteesSheet.name],
    ] as const) {
      const name = textOf(r.values[role]);
      if (name === null || !isFullName(name)) continue;
      const key = personKey(name);
      if (addedKeys[role].has(key) || resolver.resolve(key).person !== undefined) continue;
      addedKeys[role].add(key);
      const source = { file: r.draft.log.file, sheet: r.draft.log.sheet, row: r.draft.row };
      added[role].push({ values: { fio: name }, extra: new Map(), source });
      const cell = role === "mentor" ? r.draft.mentorCell : r.draft.menteeCell;
      const text = `добавлен из листа «${r.draft.log.sheet}» на лист «${sheet}»`;
      note(r, cell, name, "ФИО", name, "personAdded", text, sheet, "addPersons");
    }
  }
  return added;
}

/** The conversions of the rows written: each source row's readings once, then each row's own. */
function listWritten(rows: readonly PairRow[]): void {
  const drafts = new Set<PairDraft>();
  for (const r of rows) {
    if (!r.draft.generated) r.draft.log.written++;
    if (!drafts.has(r.draft)) {
      drafts.add(r.draft);
      r.draft.conversions.flushTo(r.draft.log, pairsSheet.name);
    }
    r.draft.log.conversions.push(...r.notes);
  }
}

export function assemblePairs(
  drafts: readonly PairDraft[],
  persons: { readonly mentors: readonly string[]; readonly mentees: readonly string[] },
  opts: {
    readonly asOf: DayNumber;
    readonly off: ReadonlySet<TransformId>;
    readonly existing?: ExistingBook;
  },
): PairsOutcome {
  const { off, existing } = opts;
  const mentors = resolverOf([...(existing?.mentors ?? []), ...persons.mentors]).resolver;
  const mentees = resolverOf([...(existing?.mentees ?? []), ...persons.mentees]).resolver;
  const ordered = [...drafts.filter((d) => !d.generated), ...drafts.filter((d) => d.generated)];
  const all = split(ordered, off);
  resolveNames(all, mentors, mentees);
  const rows = dropRepeats(all, existing);
  for (const r of rows) if (r.draft.generated) r.draft.log.pairsGenerated++;
  if (!off.has("generateNo")) number(rows, existing);
  if (!off.has("deriveStatus")) deriveStatuses(rows, opts.asOf);
  const added = off.has("addPersons") ? { mentor: [], mentee: [] } : addPersons(rows, mentors, mentees);
  if (added.mentor.length + added.mentee.length > 0) {
    // «Руденко А.В.» next to an added «Руденко Анна Викторовна» names her: as it will on the next read.
    const names = (xs: readonly TargetRow[]) => xs.map((x) => x.values.fio as string);
    resolveNames(
      rows,
      resolverOf([...(existing?.mentors ?? []), ...persons.mentors, ...names(added.mentor)]).resolver,
      resolverOf([...(existing?.mentees ?? []), ...persons.mentees, ...names(added.mentee)]).resolver,
    );
  }
  listWritten(rows);
  return {
    pairs: rows.map((r) => ({
      values: r.values,
      extra: r.draft.extra,
      source: { file: r.draft.log.file, sheet: r.draft.log.sheet, row: r.draft.row },
    })),
    mentorsAdded: added.mentor,
    menteesAdded: added.mentee,
  };
}
