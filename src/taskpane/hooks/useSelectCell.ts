/**
 * Going to a cell from the pane (an issue, a KPI's row): Excel activates the sheet and selects
 * the cell. A failure (the sheet was renamed or deleted since the check) is shown, not thrown.
 */
import { useCallback, useState } from "react";
import { columnLetter } from "../../domain/issues";
import type { RowRef } from "../../domain/kpi/types";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";

export interface CellTarget {
  readonly sheet: string;
  readonly address: string;
}

/** Where a KPI's row is in the file; null when the row or its sheet is not there to select. */
export function rowTarget(ref: RowRef): CellTarget | null {
  if (ref.row === null || ref.sheetInFile === null) return null;
  return { sheet: ref.sheetInFile, address: `${columnLetter(ref.col ?? 1)}${ref.row}` };
}

export interface SelectCellState {
  readonly select: (target: CellTarget) => void;
  readonly error: string | null;
}

export function useSelectCell(): SelectCellState {
  const port = usePort();
  const [error, setError] = useState<string | null>(null);
  const select = useCallback(
    (target: CellTarget) => {
      setError(null);
      port.select(target.sheet, target.address).catch((reason: unknown) => {
        setError(
          `Не удалось перейти к ячейке ${target.address} на листе «${target.sheet}». ${errorText(reason)}`,
        );
      });
    },
    [port],
  );
  return { select, error };
}
