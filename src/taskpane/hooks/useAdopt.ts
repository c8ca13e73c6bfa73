/**
 * «Перенести лист» on the import engine (src/domain/import, as `nastavnik import`): the user picks
 * one or more sheets of the open workbook; the hook shows the engine's proposal for each — target,
 * header row, columns, constants — and the preview of what would be written, with every transform
 * named and switchable. Nothing is written before «Перенести»; the source sheets are only read.
 */
import { useCallback, useMemo, useState } from "react";
import type { SheetGrid } from "../../domain/grid";
import { importWorkbooks } from "../../domain/import/importWorkbooks";
import { type ExistingBook, type ImportResult, sheetKey, type SheetChoice } from "../../domain/import/model";
import { proposeSheet, type SheetProposal } from "../../domain/import/proposal";
import { TRANSFORMS, type TransformId } from "../../domain/import/transforms";
import type { StructureSnapshot } from "../../domain/port/workbookPort";
import { AdoptError, adoptPlan, existingBook } from "../../domain/structure/adopt";
import { listSheets, type ListSheetId } from "../../domain/template/sheets";
import { localDay } from "../../domain/values/dates";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { isGeneratedSheet } from "./templateSheets";
import { useLatest } from "./useLatest";

/** The source «file» of the open workbook's own sheets (the engine's reports name no file here). */
const THIS_WORKBOOK = "";

export interface AdoptSheet {
  readonly name: string;
  readonly proposal: SheetProposal;
  /** The constants in force, as typed: the proposal's until the user changes one. */
  readonly constants: Readonly<Partial<Record<ListSheetId, Readonly<Record<string, string>>>>>;
}

export interface TransformView {
  readonly id: TransformId;
  readonly label: string;
  /** What switching it off means. */
  readonly whenOff: string;
  /** How many cells, rows or pairs it touches in the chosen sheets (with every transform on). */
  readonly count: number;
  readonly on: boolean;
}

export interface AdoptResult {
  /** Rows written, by template sheet. */
  readonly placed: readonly { readonly sheet: string; readonly rows: number }[];
  readonly report: ImportResult;
  /** The sources, left unchanged. */
  readonly sources: readonly string[];
}

export interface AdoptState {
  /** Sheets that can be transferred, in workbook order. */
  readonly sources: readonly string[];
  readonly sheets: readonly AdoptSheet[];
  readonly toggleSheet: (name: string, on: boolean) => void;
  readonly chooseTarget: (sheet: string, target: ListSheetId | null) => void;
  readonly chooseHeaderRow: (sheet: string, row: number) => void;
  readonly mapColumn: (sheet: string, key: string, col: number | null) => void;
  readonly setConstant: (sheet: string, target: ListSheetId, key: string, text: string) => void;
  readonly transforms: readonly TransformView[];
  readonly setTransform: (id: TransformId, on: boolean) => void;
  /** What the import would write now (null with no sheet chosen). */
  readonly preview: ImportResult | null;
  /** Rows to write, all target sheets together. */
  readonly count: number;
  /** The host could not say which cells are merged: nothing is filled down. */
  readonly mergesUnknown: boolean;
  readonly importing: boolean;
  readonly result: AdoptResult | null;
  /** Why the transfer was refused (AdoptError): the user can fix it and retry. */
  readonly warning: string | null;
  readonly error: string | null;
  readonly importRows: () => Promise<void>;
}

/** How many things a transform does in a result with every transform on. */
function transformCount(id: TransformId, r: ImportResult): number {
  switch (id) {
    case "skipRows":
      return r.sheets.reduce(
        (n, s) => n + s.skipped.filter((k) => k.reason !== "нет значений в распознанных столбцах").length,
        0,
      );
    case "pairsFromBases":
      return r.sheets.reduce((n, s) => n + s.pairsGenerated, 0);
    case "generateNo":
      return r.sheets.reduce(
        (n, s) => n + (s.numbered === null ? 0 : s.numbered.last - s.numbered.first + 1),
        0,
      );
    default:
      return r.conversions.filter((c) => c.transform === id).length;
  }
}

function gridOf(snapshot: StructureSnapshot | null, name: string): SheetGrid | null {
  return snapshot?.sheets.find((s) => s.name === name)?.grid ?? null;
}

interface Choices {
  readonly byName: ReadonlyMap<string, SheetChoice>;
}

function run(
  snapshot: StructureSnapshot,
  names: readonly string[],
  choices: Choices,
  off: ReadonlySet<TransformId>,
  existing: ExistingBook = existingBook(snapshot),
): ImportResult {
  const sheets = names.map((n) => gridOf(snapshot, n)).filter((g): g is SheetGrid => g !== null);
  const keyed = new Map([...choices.byName].map(([n, c]) => [sheetKey(THIS_WORKBOOK, n), c]));
  return importWorkbooks([{ file: THIS_WORKBOOK, grid: { sheets, date1904: snapshot.date1904 } }], {
    asOf: localDay(new Date()),
    off,
    choices: keyed,
    existing,
  });
}

/**
 * @param snapshot the workbook as last read (for the lists and the preview)
 * @param afterWrite called once rows were written, to re-read what the pane shows
 */
export function useAdopt(snapshot: StructureSnapshot | null, afterWrite: () => void): AdoptState {
  const port = usePort();
  const latest = useLatest();
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [choices, setChoices] = useState<ReadonlyMap<string, SheetChoice>>(new Map());
  const [off, setOff] = useState<ReadonlySet<TransformId>>(new Set());
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<AdoptResult | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A sheet that holds a table of the template is written to, never a source.
  const sources = useMemo(() => {
    const withTables = new Set((snapshot?.tables ?? []).map((t) => t.sheet));
    return (snapshot?.sheets ?? [])
      .map((s) => s.name)
      .filter((name) => !isGeneratedSheet(name) && !withTables.has(name));
  }, [snapshot]);
  const chosen = useMemo(() => selected.filter((n) => sources.includes(n)), [selected, sources]);

  const sheets = useMemo<AdoptSheet[]>(() => {
    if (!snapshot) return [];
    return chosen.flatMap((name) => {
      const grid = gridOf(snapshot, name);
      if (!grid) return [];
      const choice = choices.get(name) ?? {};
      const proposal = proposeSheet(grid, choice, off);
      const constants =
        choice.constants ??
        (proposal.target && proposal.target !== "info" && proposal.target !== "settings"
          ? { [proposal.target]: proposal.constants }
          : {});
      return [{ name, proposal, constants }];
    });
  }, [snapshot, chosen, choices, off]);

  // The engine's choices: what the user chose, with the constants in force.
  const engineChoices = useMemo<Choices>(
    () => ({
      byName: new Map(
        sheets.map((s) => [s.name, { ...(choices.get(s.name) ?? {}), constants: s.constants }]),
      ),
    }),
    [sheets, choices],
  );
  // What the workbook holds is read once per snapshot, not on every change of the form.
  const existing = useMemo(() => (snapshot ? existingBook(snapshot) : null), [snapshot]);
  const full = useMemo(
    () =>
      snapshot && existing && chosen.length > 0
        ? run(snapshot, chosen, engineChoices, new Set(), existing)
        : null,
    [snapshot, existing, chosen, engineChoices],
  );
  const preview = useMemo(
    () =>
      snapshot && existing && chosen.length > 0
        ? off.size === 0
          ? full
          : run(snapshot, chosen, engineChoices, off, existing)
        : null,
    [snapshot, existing, chosen, engineChoices, off, full],
  );
  const transforms = useMemo<TransformView[]>(
    () =>
      full === null
        ? []
        : TRANSFORMS.filter((t) => t.id !== "orderFromTitle")
            .map((t) => ({
              id: t.id,
              label: t.label,
              whenOff: t.off,
              count: transformCount(t.id, full),
              on: !off.has(t.id),
            }))
            .filter((t) => t.count > 0 || !t.on),
    [full, off],
  );
  const count =
    preview === null ? 0 : Object.values(preview.book.lists).reduce((n, l) => n + l.rows.length, 0);

  const clearOutcome = () => {
    setResult(null);
    setWarning(null);
    setError(null);
  };
  const choose = useCallback((sheet: string, change: (c: SheetChoice) => SheetChoice) => {
    clearOutcome();
    setChoices((all) => new Map(all).set(sheet, change(all.get(sheet) ?? {})));
  }, []);

  const toggleSheet = useCallback((name: string, on: boolean) => {
    clearOutcome();
    setSelected((s) => (on ? (s.includes(name) ? s : [...s, name]) : s.filter((n) => n !== name)));
  }, []);
  const chooseTarget = useCallback(
    // A new target has its own columns and constants: only the header row chosen by hand stays.
    (sheet: string, target: ListSheetId | null) => choose(sheet, (c) => ({ headerRow: c.headerRow, target })),
    [choose],
  );
  const chooseHeaderRow = useCallback(
    (sheet: string, row: number) => choose(sheet, (c) => ({ target: c.target, headerRow: row })),
    [choose],
  );
  const mapColumn = useCallback(
    (sheet: string, key: string, col: number | null) =>
      choose(sheet, (c) => ({ ...c, columns: { ...(c.columns ?? {}), [key]: col } })),
    [choose],
  );
  const setConstant = useCallback(
    (sheet: string, target: ListSheetId, key: string, text: string) => {
      const current = sheets.find((s) => s.name === sheet)?.constants ?? {};
      choose(sheet, (c) => ({
        ...c,
        constants: { ...current, [target]: { ...(current[target] ?? {}), [key]: text } },
      }));
    },
    [choose, sheets],
  );
  const setTransform = useCallback((id: TransformId, on: boolean) => {
    clearOutcome();
    setOff((s) => {
      const next = new Set(s);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const importRows = useCallback(async () => {
    if (chosen.length === 0) return;
    const ticket = latest.begin();
    setImporting(true);
    clearOutcome();
    let wrote = false;
    try {
      // Read again: rows typed since the preview are transferred too, and the target tables may
      // have been created or moved in the meantime.
      const fresh = await port.readStructure();
      const gone = chosen.filter((n) => !gridOf(fresh, n));
      if (gone.length > 0)
        throw new AdoptError(`Листа «${gone[0]}» больше нет в книге. Выберите листы заново.`);
      const report = run(fresh, chosen, engineChoices, off);
      const plan = adoptPlan(fresh, report.book);
      wrote = true;
      await port.apply(plan);
      if (!latest.isCurrent(ticket)) return;
      setResult({
        placed: listSheets
          .map((s) => ({ sheet: s.name, rows: report.book.lists[s.id].rows.length }))
          .filter((p) => p.rows > 0),
        report,
        sources: chosen,
      });
      // The form starts over: transferring the same sheets twice would duplicate every row.
      setSelected([]);
      setChoices(new Map());
    } catch (caught) {
      if (!latest.isCurrent(ticket)) return;
      if (caught instanceof AdoptError) setWarning(caught.message);
      else setError(errorText(caught));
    } finally {
      if (latest.isCurrent(ticket)) setImporting(false);
      if (wrote) afterWrite();
    }
  }, [chosen, engineChoices, off, port, latest, afterWrite]);

  return {
    sources,
    sheets,
    toggleSheet,
    chooseTarget,
    chooseHeaderRow,
    mapColumn,
    setConstant,
    transforms,
    setTransform,
    preview,
    count,
    mergesUnknown: snapshot?.mergesUnknown === true,
    importing,
    result,
    warning,
    error,
    importRows,
  };
}
