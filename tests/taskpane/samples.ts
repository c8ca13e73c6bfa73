/**
 * The shared sample workbooks (written by openpyxl, not by the project) as a MemoryPort: each
 * sheet's used range placed where it is in the file, so issue and KPI addresses match the file.
 */
import type { RawCell, WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { sample } from "../paths";
import { MemoryPort } from "./memoryPort";

export const SAMPLES = ["school-01.xlsx", "school-02.xlsx", "school-03.xlsx"] as const;

const grids = new Map<string, Promise<WorkbookGrid>>();

/** The sample as the engine reads it (cached: each file is parsed once per test file). */
export function sampleGrid(name: string): Promise<WorkbookGrid> {
  let grid = grids.get(name);
  if (!grid) {
    grid = readWorkbookFile(sample(name));
    grids.set(name, grid);
  }
  return grid;
}

export function portFromGrid(grid: WorkbookGrid): MemoryPort {
  const port = new MemoryPort();
  port.date1904 = grid.date1904;
  for (const sheet of grid.sheets) {
    const pad: RawCell[] = Array.from({ length: sheet.firstCol - 1 }, () => null);
    const rows: RawCell[][] = [
      ...Array.from({ length: sheet.firstRow - 1 }, () => []),
      ...sheet.rows.map((r) => [...pad, ...r]),
    ];
    port.addSheet(sheet.name, rows);
  }
  return port;
}

export async function samplePort(name: string): Promise<MemoryPort> {
  return portFromGrid(await sampleGrid(name));
}
