/**
 * The workbook's cells for a panel that only reads them («Показатели», «Подбор»). Reading again on
 * every keystroke would cost the user Excel's responsiveness for figures they may not be looking
 * at; an edit only marks the read out of date, and the panel's «Обновить» reads again.
 */
import { useCallback, useState } from "react";
import type { WorkbookGrid } from "../../domain/grid";
import type { WorkbookPort } from "../../domain/port/workbookPort";
import { isGeneratedSheet } from "./templateSheets";
import { usePortRead, type PortRead } from "./usePortRead";
import { useUserChanges } from "./useUserChanges";

export interface WorkbookGridRead extends PortRead<WorkbookGrid> {
  /** The user edited the workbook after the last read. */
  readonly stale: boolean;
}

const readGrid = (port: WorkbookPort) => port.readWorkbook();

export function useWorkbookGrid(): WorkbookGridRead {
  const read = usePortRead(readGrid);
  const [stale, setStale] = useState(false);

  // The sheets the add-in generates are its output, not the school's data.
  const markStale = useCallback((changes: readonly { sheet: string }[]) => {
    if (changes.some((c) => !isGeneratedSheet(c.sheet))) setStale(true);
  }, []);
  useUserChanges(true, markStale);

  const { reload: readAgain } = read;
  const reload = useCallback(() => {
    setStale(false);
    return readAgain();
  }, [readAgain]);

  return { ...read, reload, stale };
}
