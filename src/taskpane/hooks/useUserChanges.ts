/**
 * The user's edits, while `enabled`. Each subscription is an `Excel.run` in Office, so the handler
 * may change between renders without subscribing again; the subscription ends on unmount.
 */
import { useEffect, useRef, useState } from "react";
import type { CellChange } from "../../domain/port/workbookPort";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";

export interface UserChangesState {
  /** Why the pane cannot follow the user's edits (the host refused the subscription). */
  readonly error: string | null;
}

export function useUserChanges(
  enabled: boolean,
  handler: (changes: readonly CellChange[]) => void,
): UserChangesState {
  const port = usePort();
  const current = useRef(handler);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    current.current = handler;
  }, [handler]);

  useEffect(() => {
    if (!enabled) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    let closed = false;
    port
      .onUserChange((changes) => {
        // An event may still be in flight while the subscription is being removed.
        if (!closed) current.current(changes);
      })
      .then(
        (off) => {
          if (closed) void off().catch(() => undefined);
          else {
            unsubscribe = off;
            setError(null);
          }
        },
        (reason: unknown) => {
          if (!closed) setError(errorText(reason));
        },
      );
    return () => {
      closed = true;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [port, enabled]);

  return { error };
}
