/** The workbook's sheets and tables as structuring sees them; reloaded after every write of the pane. */
import { useCallback, useEffect, useState } from "react";
import type { StructureSnapshot } from "../../domain/port/workbookPort";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { useLatest } from "./useLatest";

export interface StructureSnapshotState {
  /** Null until the first read succeeds. */
  readonly snapshot: StructureSnapshot | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly reload: () => void;
}

export function useStructureSnapshot(): StructureSnapshotState {
  const port = usePort();
  const latest = useLatest();
  const [snapshot, setSnapshot] = useState<StructureSnapshot | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    const ticket = latest.begin();
    setLoading(true);
    port.readStructure().then(
      (next) => {
        if (!latest.isCurrent(ticket)) return;
        setSnapshot(next);
        setError(null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (!latest.isCurrent(ticket)) return;
        setError(errorText(reason));
        setLoading(false);
      },
    );
  }, [port, latest]);

  useEffect(reload, [reload]);

  return { snapshot, loading, error, reload };
}
