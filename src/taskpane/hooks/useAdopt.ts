/**
 * «Перенести лист»: a methodist's own list → a template table. The user picks a sheet and a target;
 * the hook proposes the header row and the column mapping (header aliases of the catalogue), lets
 * the user change both, previews the converted rows and imports them. The source sheet is only read.
 */
import { useCallback, useMemo, useState } from "react";
import type { SheetGrid } from "../../domain/grid";
import type { StructureSnapshot } from "../../domain/port/workbookPort";
import { findHeaderRow } from "../../domain/read/headerRow";
import {
  AdoptError,
  adoptPlan,
  convertRows,
  proposeMapping,
  unmappedColumns,
  type Conversion,
  type ConversionResult,
  type Mapping,
  type SourceColumn,
} from "../../domain/structure/adopt";
import type { ColumnSpec } from "../../domain/template/columns";
import { listSheet, listSheets, type ListSheetId, type ListSheetSpec } from "../../domain/template/sheets";
import { normalizeSheetName } from "../../domain/text/normalize";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { isGeneratedSheet } from "./templateSheets";
import { useLatest } from "./useLatest";

/** Rows shown in the preview: enough to judge the mapping, few enough for a 320 px pane. */
export const PREVIEW_ROWS = 5;

export interface AdoptResult {
  readonly rows: number;
  /** The sheet the rows went to (the target's template sheet). */
  readonly sheet: string;
  /** The source sheet, left unchanged. */
  readonly source: string;
  /** Values imported as written because they could not be converted. */
  readonly problems: readonly Conversion[];
}

export interface HeaderRowRange {
  readonly min: number;
  readonly max: number;
}

export interface AdoptState {
  /** Sheets that can be adopted, in workbook order. */
  readonly sources: readonly string[];
  readonly sheet: string | null;
  readonly target: ListSheetId | null;
  readonly spec: ListSheetSpec | null;
  readonly mapping: Mapping | null;
  readonly headerRows: HeaderRowRange | null;
  /** The first rows as they will be written. */
  readonly preview: ConversionResult | null;
  /** Every row as it will be written (its count is the button's N). */
  readonly converted: ConversionResult | null;
  readonly missingRequired: readonly ColumnSpec[];
  readonly unmapped: readonly SourceColumn[];
  readonly importing: boolean;
  readonly result: AdoptResult | null;
  /** Why the import was refused (AdoptError): the user can fix it and retry. */
  readonly warning: string | null;
  readonly error: string | null;
  readonly chooseSheet: (sheet: string | null) => void;
  readonly chooseTarget: (target: ListSheetId | null) => void;
  readonly chooseHeaderRow: (row: number) => void;
  readonly mapColumn: (key: string, col: number | undefined) => void;
  readonly importRows: () => Promise<void>;
}

const mappedCount = (m: Mapping) => Object.values(m.map).filter((c) => c !== undefined).length;

/**
 * The mapping with a header row the user chose: the proposal is run on that one row only (moved to
 * row 1, so the 20-row search limit does not apply), its cells become the source columns, and every
 * header the aliases recognise there is mapped — even a single one, fewer than the two automatic
 * detection asks for, since the user has said this is the header.
 */
export function mappingAt(grid: SheetGrid, target: ListSheetId, headerRow: number): Mapping {
  const single: SheetGrid = { ...grid, firstRow: 1, rows: [grid.rows[headerRow - grid.firstRow] ?? []] };
  const proposed = proposeMapping(single, target);
  if (mappedCount(proposed) > 0) return { ...proposed, headerRow };
  // The user has said this is the header: one recognised cell is enough to map it.
  const match = findHeaderRow(single, listSheet(target).columns, { minRecognised: 1 });
  if (match) return { ...proposed, headerRow, map: Object.fromEntries(match.columns) };
  return { ...proposed, headerRow };
}

/** The target a sheet most likely holds: by its name (template aliases), else by the most recognised headers. */
export function guessTarget(grid: SheetGrid): ListSheetId | null {
  const name = normalizeSheetName(grid.name);
  const byName = listSheets.find((s) => [s.name, ...s.aliases].some((n) => normalizeSheetName(n) === name));
  if (byName) return byName.id;
  let best: { id: ListSheetId; count: number } | null = null;
  for (const spec of listSheets) {
    const count = mappedCount(proposeMapping(grid, spec.id));
    if (count > 0 && (best === null || count > best.count)) best = { id: spec.id, count };
  }
  return best?.id ?? null;
}

function gridOf(snapshot: StructureSnapshot | null, sheet: string | null): SheetGrid | null {
  if (!snapshot || sheet === null) return null;
  return snapshot.sheets.find((s) => s.name === sheet)?.grid ?? null;
}

/**
 * @param snapshot the workbook as last read (for the lists and the preview)
 * @param afterWrite called once rows were written, to re-read what the pane shows
 */
export function useAdopt(snapshot: StructureSnapshot | null, afterWrite: () => void): AdoptState {
  const port = usePort();
  const latest = useLatest();
  const [sheet, setSheet] = useState<string | null>(null);
  const [target, setTarget] = useState<ListSheetId | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<AdoptResult | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const sources = useMemo(
    () => (snapshot?.sheets ?? []).map((s) => s.name).filter((name) => !isGeneratedSheet(name)),
    [snapshot],
  );
  const grid = gridOf(snapshot, sheet);
  const date1904 = snapshot?.date1904 ?? false;
  const spec = target ? listSheet(target) : null;
  // The mapping belongs to the sheet and target it was made for; a stale one is never shown.
  const current =
    mapping && grid && mapping.sheet === grid.name && mapping.target === target ? mapping : null;

  const converted = useMemo(
    () => (grid && current ? convertRows(grid, current, date1904) : null),
    [grid, current, date1904],
  );
  const preview = useMemo(
    () =>
      converted
        ? { rows: converted.rows.slice(0, PREVIEW_ROWS), problems: previewProblems(converted) }
        : null,
    [converted],
  );
  const missingRequired = useMemo(
    () => (spec && current ? spec.columns.filter((c) => c.required && current.map[c.key] === undefined) : []),
    [spec, current],
  );
  const unmapped = useMemo(() => (current ? unmappedColumns(current) : []), [current]);
  const headerRows =
    grid && grid.rows.length > 0 ? { min: grid.firstRow, max: grid.firstRow + grid.rows.length - 1 } : null;

  const clearOutcome = () => {
    setResult(null);
    setWarning(null);
    setError(null);
  };

  const chooseSheet = useCallback(
    (name: string | null) => {
      clearOutcome();
      setSheet(name);
      const g = gridOf(snapshot, name);
      const guessed = g ? guessTarget(g) : null;
      // Keep the user's target when the sheet's name and headers say nothing.
      const next = guessed ?? target;
      setTarget(next);
      setMapping(g && next ? proposeMapping(g, next) : null);
    },
    [snapshot, target],
  );

  const chooseTarget = useCallback(
    (next: ListSheetId | null) => {
      clearOutcome();
      setTarget(next);
      setMapping(grid && next ? proposeMapping(grid, next) : null);
    },
    [grid],
  );

  const chooseHeaderRow = useCallback(
    (row: number) => {
      if (!grid || !target) return;
      setWarning(null);
      setMapping(mappingAt(grid, target, row));
    },
    [grid, target],
  );

  const mapColumn = useCallback((key: string, col: number | undefined) => {
    setWarning(null);
    setMapping((m) => (m ? { ...m, map: { ...m.map, [key]: col } } : m));
  }, []);

  const importRows = useCallback(async () => {
    if (!current || sheet === null) return;
    const ticket = latest.begin();
    setImporting(true);
    clearOutcome();
    let wrote = false;
    try {
      // Read again: rows typed since the preview must be imported too, and the target table may
      // have been created or moved in the meantime.
      const fresh = await port.readStructure();
      const source = gridOf(fresh, sheet);
      if (!source) throw new AdoptError(`Листа «${sheet}» больше нет в книге. Выберите лист заново.`);
      const { rows, problems } = convertRows(source, current, fresh.date1904);
      if (rows.length === 0)
        throw new AdoptError(`На листе «${sheet}» под строкой заголовков нет строк с данными.`);
      const plan = adoptPlan(fresh, current, rows);
      wrote = true;
      await port.apply(plan);
      if (!latest.isCurrent(ticket)) return;
      setResult({
        rows: rows.length,
        sheet: plan.activate ?? listSheet(current.target).name,
        source: sheet,
        problems,
      });
      // The form starts over: importing the same sheet twice would duplicate every row.
      setSheet(null);
      setMapping(null);
    } catch (caught) {
      if (!latest.isCurrent(ticket)) return;
      if (caught instanceof AdoptError) setWarning(caught.message);
      else setError(errorText(caught));
    } finally {
      if (latest.isCurrent(ticket)) setImporting(false);
      if (wrote) afterWrite();
    }
  }, [current, sheet, port, latest, afterWrite]);

  return {
    sources,
    sheet: grid ? sheet : null,
    target,
    spec,
    mapping: current,
    headerRows,
    preview,
    converted,
    missingRequired,
    unmapped,
    importing,
    result,
    warning,
    error,
    chooseSheet,
    chooseTarget,
    chooseHeaderRow,
    mapColumn,
    importRows,
  };
}

/** Problems of the preview's rows only, so the preview marks exactly the cells it shows. */
function previewProblems(all: ConversionResult): readonly Conversion[] {
  const shown = new Set(all.rows.slice(0, PREVIEW_ROWS).map((r) => r.row));
  return all.problems.filter((p) => shown.has(p.row));
}
