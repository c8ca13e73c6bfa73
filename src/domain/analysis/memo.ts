/**
 * Per-analysis memoisation: facts that several rules or KPIs derive (the cell findings, the
 * mentor loads, the excluded rows) are computed once per workbook and date.
 */
import type { Analysis } from "./analysis";

export function perAnalysis<T>(compute: (a: Analysis) => T): (a: Analysis) => T {
  const cache = new WeakMap<Analysis, T>();
  return (a) => {
    if (cache.has(a)) return cache.get(a)!;
    const v = compute(a);
    cache.set(a, v);
    return v;
  };
}
