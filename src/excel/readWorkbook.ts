/**
 * Reading the open workbook: the sheet and table names in one sync, then every sheet's used range
 * (values and number formats) with every table's position and headers in a second. When Excel on
 * the web refuses that answer as too big (over 5 MB), the values are read again in row chunks
 * sized to stay under the limit — one more sync per chunk.
 */
import type { SheetGrid, WorkbookGrid } from "../domain/grid";
import type { StructureSnapshot, TableSnapshot } from "../domain/port/workbookPort";
import { rangeAddress, topLeftOf } from "./address";
import { MAX_CHUNK_BYTES } from "./batch";
import { rawRows } from "./cells";
import { layoutOf, type LayoutSupport, layoutSupport, queueLayout } from "./sheetLayout";

/**
 * The 1900 date system is assumed: the JavaScript API of the supported hosts does not expose the
 * workbook's date system, and every Excel since 2011 creates 1900-based workbooks on all platforms.
 */
const DATE_1904 = false;

// A generous estimate of one cell's share of the answer (value and number format, Cyrillic in UTF-8).
const BYTES_PER_CELL = 64;

const PAYLOAD_ERRORS = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

interface SheetRef {
  readonly name: string;
  readonly visible: boolean;
}

interface TableRef {
  readonly name: string;
  readonly sheet: string;
}

interface Values {
  readonly address: string | null;
  readonly values: unknown[][];
  readonly formats: unknown[][];
}

async function readNames(
  context: Excel.RequestContext,
): Promise<{ sheets: SheetRef[]; tables: TableRef[]; names: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  return {
    names: names.items.map((n) => n.name),
    sheets: sheets.items.map((ws) => ({
      name: ws.name,
      visible: ws.visibility === Excel.SheetVisibility.visible,
    })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}

function queueTables(context: Excel.RequestContext, tables: readonly TableRef[]) {
  return tables.map((t) => {
    const table = context.workbook.tables.getItem(t.name);
    const header = table.getHeaderRowRange();
    header.load("values,address");
    const whole = table.getRange();
    whole.load("rowCount");
    return { ...t, header, whole };
  });
}

function tableSnapshots(pending: ReturnType<typeof queueTables>): TableSnapshot[] {
  return pending.map((p) => {
    const { row, col } = topLeftOf(p.header.address);
    return {
      name: p.name,
      sheet: p.sheet,
      row,
      col,
      headers: (p.header.values[0] ?? []).map((v) => String(v ?? "")),
      rowCount: Math.max(0, p.whole.rowCount - 1),
    };
  });
}

/** Everything in one sync: the common case. */
async function readAtOnce(
  context: Excel.RequestContext,
  sheets: readonly SheetRef[],
  tables: readonly TableRef[],
  support: LayoutSupport,
) {
  const layouts = sheets.map((s) => queueLayout(context, s.name, support));
  const used = sheets.map((s) => {
    // An empty sheet has no used range: the OrNullObject form answers instead of failing the batch.
    const r = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
    r.load("values,numberFormat,address");
    return r;
  });
  const pendingTables = queueTables(context, tables);
  await context.sync();
  const values: Values[] = used.map((r) =>
    r.isNullObject
      ? { address: null, values: [], formats: [] }
      : { address: r.address, values: r.values, formats: r.numberFormat },
  );
  return { values, layouts, tables: tableSnapshots(pendingTables) };
}

/** Sizes first, then row chunks that keep each answer under the limit. */
async function readInChunks(
  context: Excel.RequestContext,
  sheets: readonly SheetRef[],
  tables: readonly TableRef[],
  support: LayoutSupport,
) {
  const layouts = sheets.map((s) => queueLayout(context, s.name, support));
  const used = sheets.map((s) => {
    const r = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
    r.load("address,rowCount,columnCount");
    return r;
  });
  const pendingTables = queueTables(context, tables);
  await context.sync();
  const values: Values[] = [];
  let queued: { sheet: number; range: Excel.Range }[] = [];
  let queuedBytes = 0;
  const parts: { sheet: number; range: Excel.Range }[] = [];
  const flush = async () => {
    await context.sync();
    parts.push(...queued);
    queued = [];
    queuedBytes = 0;
  };
  for (const [i, r] of used.entries()) {
    if (r.isNullObject) continue;
    const { row, col } = topLeftOf(r.address);
    const rowsPerChunk = Math.max(1, Math.floor(MAX_CHUNK_BYTES / (r.columnCount * BYTES_PER_CELL)));
    for (let start = 0; start < r.rowCount; start += rowsPerChunk) {
      const n = Math.min(rowsPerChunk, r.rowCount - start);
      const bytes = n * r.columnCount * BYTES_PER_CELL;
      if (queued.length > 0 && queuedBytes + bytes > MAX_CHUNK_BYTES) await flush();
      const range = context.workbook.worksheets
        .getItem(sheets[i].name)
        .getRange(rangeAddress(row + start, col, n, r.columnCount));
      range.load("values,numberFormat");
      queued.push({ sheet: i, range });
      queuedBytes += bytes;
    }
  }
  if (queued.length > 0) await flush();
  for (const [i, r] of used.entries()) {
    const mine = parts.filter((p) => p.sheet === i);
    values.push(
      r.isNullObject
        ? { address: null, values: [], formats: [] }
        : {
            address: r.address,
            values: mine.flatMap((p) => p.range.values),
            formats: mine.flatMap((p) => p.range.numberFormat),
          },
    );
  }
  return { values, layouts, tables: tableSnapshots(pendingTables) };
}

export async function readStructureIn(context: Excel.RequestContext): Promise<StructureSnapshot> {
  const { sheets, tables, names } = await readNames(context);
  const support = layoutSupport();
  let read;
  try {
    read = await readAtOnce(context, sheets, tables, support);
  } catch (e) {
    if (!PAYLOAD_ERRORS.has((e as { code?: string }).code ?? "")) throw e;
    read = await readInChunks(context, sheets, tables, support);
  }
  const grids: SheetGrid[] = read.values.map((v, i) => {
    if (v.address === null) return { name: sheets[i].name, firstRow: 1, firstCol: 1, rows: [] };
    const { row, col } = topLeftOf(v.address);
    const grid = {
      name: sheets[i].name,
      firstRow: row,
      firstCol: col,
      rows: rawRows(v.values, v.formats, DATE_1904),
    };
    return { ...grid, ...layoutOf(read.layouts[i], grid) };
  });
  return {
    sheets: sheets.map((s, i) => ({ name: s.name, visible: s.visible, grid: grids[i] })),
    tables: read.tables,
    names,
    date1904: DATE_1904,
    ...(support.merges ? {} : { mergesUnknown: true }),
  };
}

export async function readWorkbookIn(context: Excel.RequestContext): Promise<WorkbookGrid> {
  const s = await readStructureIn(context);
  return { sheets: s.sheets.map((x) => x.grid), date1904: s.date1904 };
}
