/**
 * One Russian number style for everything people read — the pane, the command line and the
 * report's cells: a decimal comma, a space before «%» («37,5 %»), one decimal for shares and means
 * («1,2»), «9 из 10» for a share's parts, «—» for no value. Rounding happens only here and in the
 * number formats below; the engine's figures stay in double precision (kpi.md).
 */

// A no-break space keeps «37,5 %» on one line; Intl's ru-RU percent style uses it too.
const NBSP = "\u00A0";

const percent = new Intl.NumberFormat("ru-RU", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
// Targets are whole percentages in «Настройки» (70, 100): «цель 70 %», not «цель 70,0 %».
const targetPercent = new Intl.NumberFormat("ru-RU", { style: "percent", maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1, signDisplay: "exceptZero" });

/** What stands for a value that cannot be computed (a share whose denominator is 0). */
export const NO_VALUE = "—";

/** 0.375 → «37,5 %»; null → «—». */
export const percentText = (fraction: number | null): string =>
  fraction === null ? NO_VALUE : percent.format(fraction).replace(/\s%/, `${NBSP}%`);

/** 0.7 → «70 %». */
export const targetText = (fraction: number): string =>
  targetPercent.format(fraction).replace(/\s%/, `${NBSP}%`);

/** A mean or median: 1.1666… → «1,2», 2 → «2»; null → «—». */
export const decimalText = (n: number | null): string => (n === null ? NO_VALUE : oneDecimal.format(n));

/** A count: 1234 → «1234», 12345 → «12 345». */
export const countText = (n: number): string => whole.format(n);

/** A share's parts: «9 из 10». */
export const ofText = (numerator: number, denominator: number): string =>
  `${countText(numerator)} из ${countText(denominator)}`;

/**
 * A change since the previous snapshot: a share in percentage points («+5,2 п.п.»), a count or a
 * mean in its own unit («-3», «+0,4»); one that rounds to nothing reads «без изменений».
 */
export function changeText(delta: number, unit: "share" | "count" | "mean"): string {
  const shown = signed.format(unit === "share" ? delta * 100 : delta);
  if (/^[-+]?0$/.test(shown)) return "без изменений";
  return unit === "share" ? `${shown} п.п.` : shown;
}

/**
 * The same style as Excel number formats, for the cells of reports and consolidations. The decimal
 * separator follows the reader's Excel (a comma in a Russian one); the space before «%» is literal.
 */
export const PERCENT_FORMAT = '0.0" "%';
/** Whole percentages, for chart axes and labels: «70 %». */
export const WHOLE_PERCENT_FORMAT = '0" "%';
export const MEAN_FORMAT = "0.0";
export const COUNT_FORMAT = "0";
