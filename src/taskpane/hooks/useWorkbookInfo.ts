/**
 * The school and school year for the pane's header, read from «Сведения». Re-read after the
 * pane's own writes (`refresh`) and when the user edits the «Сведения» sheet.
 */
import { useCallback, useEffect, useState } from "react";
import { readSchoolWorkbook } from "../../domain/read/readWorkbook";
import { infoSheet } from "../../domain/template/keyValue";
import { normalizeSheetName } from "../../domain/text/normalize";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { useLatest } from "./useLatest";

export interface WorkbookInfo {
  /** «Наименование ОО», when filled in. */
  readonly school?: string;
  /** «Учебный год», e.g. 2024/2025, when filled in. */
  readonly schoolYear?: string;
}

export interface WorkbookInfoState {
  /** Null until the first read finishes. */
  readonly info: WorkbookInfo | null;
  readonly error: string | null;
  readonly refresh: () => void;
}

const infoSheetNames = new Set([infoSheet.name, ...infoSheet.aliases].map(normalizeSheetName));

export function useWorkbookInfo(): WorkbookInfoState {
  const port = usePort();
  const latest = useLatest();
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    const ticket = latest.begin();
    port.readWorkbook().then(
      (grid) => {
        if (!latest.isCurrent(ticket)) return;
        const { name, schoolYear } = readSchoolWorkbook(grid).info;
        setInfo({ school: name, schoolYear });
        setError(null);
      },
      (reason: unknown) => {
        if (latest.isCurrent(ticket)) setError(errorText(reason));
      },
    );
  }, [port, latest]);

  useEffect(refresh, [refresh]);

  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | null = null;
    let closed = false;
    port
      .onUserChange((changes) => {
        if (changes.some((c) => infoSheetNames.has(normalizeSheetName(c.sheet)))) refresh();
      })
      .then(
        (off) => {
          if (closed) void off().catch(() => undefined);
          else unsubscribe = off;
        },
        // Without change events the header is still refreshed after the pane's own writes.
        () => undefined,
      );
    return () => {
      closed = true;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [port, refresh]);

  return { info, error, refresh };
}
