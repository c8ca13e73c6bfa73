/**
 * Numbers as the pane shows them (ru-RU): a comma for decimals and a no-break space before «%».
 * Rounding happens here only; the engine's figures stay in double precision (kpi.md).
 */

const percent = new Intl.NumberFormat("ru-RU", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
// Targets are whole percentages in «Настройки» (70, 100): «цель 70 %», not «цель 70,0 %».
const targetPercent = new Intl.NumberFormat("ru-RU", { style: "percent", maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

/** 0.8181… → «81,8 %»; null (denominator 0) → «—». */
export const percentText = (fraction: number | null): string =>
  fraction === null ? "—" : percent.format(fraction);

/** 0.7 → «70 %». */
export const targetText = (fraction: number): string => targetPercent.format(fraction);

/** A mean or median: 2.714… → «2,7», 2 → «2»; null → «—». */
export const decimalText = (n: number | null): string => (n === null ? "—" : oneDecimal.format(n));

const signed = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1, signDisplay: "exceptZero" });

/**
 * A change since the previous snapshot: a share in percentage points («+5,2 п.п.»), a count or a
 * mean in its own unit («-3», «+0,4»); one that rounds to nothing reads «без изменений».
 */
export function changeText(delta: number, unit: "share" | "count" | "mean"): string {
  const shown = signed.format(unit === "share" ? delta * 100 : delta);
  if (/^[-+]?0$/.test(shown)) return "без изменений";
  return unit === "share" ? `${shown} п.п.` : shown;
}
