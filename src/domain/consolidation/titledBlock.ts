/** A titled block of a generated sheet: a bold title row, a header row and the data below it. */
import type { CellBlock, PlanValue } from "../plan/writePlan";
import { TEXT_FORMAT } from "../plan/writePlan";

/** A titled block: its title row, a header row and the data, starting at `row`. */
export function titledBlock(
  row: number,
  title: string,
  header: string[],
  data: PlanValue[][],
  formats: (string | null)[],
): CellBlock[] {
  return [
    { row, col: 1, values: [[title]], numberFormat: TEXT_FORMAT, style: { bold: true } },
    {
      row: row + 1,
      col: 1,
      values: [header],
      numberFormat: TEXT_FORMAT,
      style: { bold: true, fill: "#DDEBF7", border: true },
    },
    ...(data.length > 0
      ? [{ row: row + 2, col: 1, values: data, numberFormat: formats, style: { border: true } }]
      : []),
  ];
}
