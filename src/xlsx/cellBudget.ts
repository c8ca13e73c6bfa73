/** The MAX_CELLS limit of one file's read, spent as the grids and shared strings grow. */
import { UnreadableWorkbookError } from "./errors";
import { MAX_CELLS } from "./limits";

export class CellBudget {
  private used = 0;

  constructor(private readonly limit = MAX_CELLS) {}

  spend(cells: number): void {
    this.used += cells;
    if (this.used > this.limit)
      throw new UnreadableWorkbookError("too-many-cells", `over ${this.limit} cells`);
  }
}
