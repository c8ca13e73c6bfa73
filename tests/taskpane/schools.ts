/**
 * The generated school workbooks (tests/fixtures/make_schools.py, written by openpyxl, not by the
 * project) as a MemoryPort: each sheet's used range placed where it is in the file, so issue and
 * KPI addresses match the file.
 */
import type { RawCell, WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { school, type SchoolFile } from "../fixtures/schoolFiles";
import { MemoryPort } from "./memoryPort";

export { MESSY, MISTAKES, SCHOOL_FILES, TIDY } from "../fixtures/schoolFiles";

const grids = new Map<string, Promise<WorkbookGrid>>();

/** The school as the engine reads it (cached: each file is parsed once per test file). */
export function schoolGrid(name: SchoolFile): Promise<WorkbookGrid> {
  let grid = grids.get(name);
  if (!grid) {
    grid = readWorkbookFile(school(name));
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

export async function schoolPort(name: SchoolFile): Promise<MemoryPort> {
  return portFromGrid(await schoolGrid(name));
}
