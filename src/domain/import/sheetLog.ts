/**
 * What import records about one source sheet while it reads it: the report lines (mapped and
 * extra columns, skipped rows, cells not placed) and the conversions, each with its cell.
 */
import { columnLetter } from "../issues";
import type {
  ImportTarget,
  Conversion,
  ConversionKind,
  NotPlaced,
  ReportValue,
  SkippedRowReport,
} from "./model";
import type { TransformId } from "./transforms";

export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/** Several cells read together: «B3:D3» when they are side by side, else «B3, D3, F3». */
export function cellsA1(row: number, cols: readonly number[]): string {
  if (cols.length === 1) return a1(row, cols[0]);
  const adjacent = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  return adjacent
    ? `${a1(row, cols[0])}:${a1(row, cols[cols.length - 1])}`
    : cols.map((c) => a1(row, c)).join(", ");
}

const KIND_RANK: Record<ConversionKind, number> = {
  unreadable: 6,
  asWritten: 5,
  period: 4,
  order: 4,
  formKind: 4,
  joinName: 4,
  splitMentees: 3,
  fillDown: 2,
  shortName: 3,
  orderFromTitle: 3,
  personAdded: 3,
  status: 3,
  value: 1,
};

interface Pending {
  readonly from: string;
  readonly to: Record<string, ReportValue>;
  kind: ConversionKind;
  note: string;
  transform: TransformId | null;
}

/**
 * The conversions of one row, gathered by source cell: a period cell that fills two columns is
 * one conversion with two values. The strongest kind of what happened to a cell names it.
 */
export class RowConversions {
  private readonly byCell = new Map<string, Pending>();

  add(
    cell: string,
    from: string,
    header: string,
    value: ReportValue,
    kind: ConversionKind,
    note: string,
    transform: TransformId | null = null,
  ): void {
    const p = this.byCell.get(cell);
    if (p === undefined) {
      this.byCell.set(cell, { from, to: { [header]: value }, kind, note, transform });
      return;
    }
    p.to[header] = value;
    if (KIND_RANK[kind] > KIND_RANK[p.kind]) {
      p.kind = kind;
      p.note = note;
      p.transform = transform;
    }
  }

  has(cell: string): boolean {
    return this.byCell.has(cell);
  }

  flushTo(log: SheetLog, target: string): void {
    for (const [cell, p] of this.byCell)
      log.conversions.push({
        file: log.file,
        sheet: log.sheet,
        cell,
        from: p.from,
        to: p.to,
        note: p.note,
        kind: p.kind,
        target,
        transform: p.transform,
      });
    this.byCell.clear();
  }
}

export class SheetLog {
  readonly conversions: Conversion[] = [];
  readonly notPlaced: NotPlaced[] = [];
  readonly skipped: SkippedRowReport[] = [];
  readonly mapped: [string, string][] = [];
  readonly pairsMapped: [string, string][] = [];
  unmapped: string[] = [];
  readonly repeats: { row: number; of: string }[] = [];
  readonly constants: { sheet: string; column: string; value: string; rows: number }[] = [];
  rows = 0;
  written = 0;
  pairsGenerated = 0;
  numbered: { first: number; last: number } | null = null;

  constructor(
    readonly file: string,
    readonly sheet: string,
    readonly target: ImportTarget,
    readonly targetName: string,
    public headerRow: number,
  ) {}

  leave(cell: string, value: string, reason: string): void {
    this.notPlaced.push({ cell, value, reason });
  }

  number(no: number): void {
    this.numbered = this.numbered === null ? { first: no, last: no } : { ...this.numbered, last: no };
  }
}
