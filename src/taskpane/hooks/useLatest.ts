import { useCallback, useEffect, useMemo, useRef } from "react";

/**
 * Guards async results: `begin()` returns a ticket, and `isCurrent(ticket)` is false once a newer
 * request started or the component unmounted — so a slow Excel read never overwrites a newer one
 * or sets state on a closed panel.
 */
export function useLatest() {
  const counter = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const begin = useCallback(() => ++counter.current, []);
  const isCurrent = useCallback((ticket: number) => mounted.current && ticket === counter.current, []);
  // One stable object, so hooks can list it in their dependencies without re-running every render.
  return useMemo(() => ({ begin, isCurrent }), [begin, isCurrent]);
}
