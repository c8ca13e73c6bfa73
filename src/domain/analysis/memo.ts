/**
 * Per-analysis memoisation: facts that several rules or KPIs derive (the cell findings, the
 * mentor loads, the excluded rows) are computed once per workbook and date.
 *
 * The cache lives on the analysis itself (`a.memo`) rather than in a long-lived WeakMap keyed by
 * it: V8's young-generation GC did not free a WeakMap entry's value together with its key, so
 * every school's derived facts — and, through them, its rows — survived until a full GC
 * (bench/domain: ~65% more bytes surviving each scavenge, ~15% of the run time). On the
 * analysis they die with it.
 */
import type { Analysis } from "./analysis";

export function perAnalysis<T>(compute: (a: Analysis) => T): (a: Analysis) => T {
  return (a) => {
    if (a.memo.has(compute)) return a.memo.get(compute) as T;
    const v = compute(a);
    a.memo.set(compute, v);
    return v;
  };
}
