/**
 * One read of the workbook through the port, kept until the next: on mount, and again on
 * `reload`. A slow read never overwrites a newer one (useLatest); a failed read keeps the last
 * good value beside the error, so the panel does not go blank.
 */
import { useCallback, useEffect, useState } from "react";
import type { WorkbookPort } from "../../domain/port/workbookPort";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { useLatest } from "./useLatest";

export interface PortRead<T> {
  /** Null until the first read succeeds. */
  readonly value: T | null;
  readonly loading: boolean;
  readonly error: string | null;
  /** Reads again; resolves when the read has landed (or failed). */
  readonly reload: () => Promise<void>;
}

/** @param read a stable function (module level), or every render would read again. */
export function usePortRead<T>(read: (port: WorkbookPort) => Promise<T>): PortRead<T> {
  const port = usePort();
  const latest = useLatest();
  const [value, setValue] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const ticket = latest.begin();
    setLoading(true);
    try {
      const next = await read(port);
      if (!latest.isCurrent(ticket)) return;
      setValue(next);
      setError(null);
    } catch (reason) {
      if (latest.isCurrent(ticket)) setError(errorText(reason));
    } finally {
      if (latest.isCurrent(ticket)) setLoading(false);
    }
  }, [port, latest, read]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { value, loading, error, reload };
}
