/** The workbook's sheets and tables as structuring sees them; reloaded after every write of the pane. */
import type { StructureSnapshot, WorkbookPort } from "../../domain/port/workbookPort";
import { usePortRead } from "./usePortRead";

export interface StructureSnapshotState {
  /** Null until the first read succeeds. */
  readonly snapshot: StructureSnapshot | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly reload: () => void;
}

const readStructure = (port: WorkbookPort) => port.readStructure();

export function useStructureSnapshot(): StructureSnapshotState {
  const { value, loading, error, reload } = usePortRead(readStructure);
  return { snapshot: value, loading, error, reload };
}
