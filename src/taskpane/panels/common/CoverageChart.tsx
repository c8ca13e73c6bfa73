/**
 * The three coverage shares against their targets as one compact chart: per KPI its short name and
 * value, and a bar with the target as a tick (ShareBar). The school's «Показатели» and the
 * municipality's «Свод» both draw it. One figure for screen readers, its label saying every value,
 * target and status in words.
 */
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { percentText, ofText, targetText } from "../../../domain/format/numbers";
import { shortKpiNames } from "../../../domain/kpi/shortNames";
import { statusLabels, statusOfKpi, statusTones } from "../../../domain/kpi/status";
import type { KpiValues, ShareResult } from "../../../domain/kpi/types";
import { TREND_KPIS, type TrendKpi } from "../../../domain/report/trend";
import { ShareBar } from "./ShareBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    minWidth: 0,
  },
  row: { display: "flex", flexDirection: "column", minWidth: 0 },
  line: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  label: { minWidth: 0, overflowWrap: "anywhere" },
  value: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  legend: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  tick: {
    display: "inline-block",
    width: "2px",
    height: "12px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

/** «81,8 % (9 из 11), цель 70 %, достигнуто»: what a sighted reader takes from a row. */
function spoken(name: string, s: ShareResult, status: string): string {
  if (s.value === null) return `${name}: нет данных (0 из 0)`;
  const target = s.target === null ? "" : `, цель ${targetText(s.target)}, ${status}`;
  return `${name}: ${percentText(s.value)} (${ofText(s.numerator, s.denominator)})${target}`;
}

/** The legend's text: one target when the three share it, else «цель — у каждой своя». */
function legendText(shares: readonly ShareResult[]): string {
  const targets = [...new Set(shares.map((s) => s.target).filter((t): t is number => t !== null))];
  if (targets.length === 0) return "цель не задана";
  return targets.length === 1 ? `черта — цель ${targetText(targets[0])}` : "черта — цель показателя";
}

export interface CoverageChartProps {
  readonly values: KpiValues;
  /** The chart's caption: «Охват на 20.12.2024», «Охват по всем ОО». */
  readonly title: string;
  readonly testId?: string;
}

export function CoverageChart({ values, title, testId }: CoverageChartProps) {
  const styles = useStyles();
  const rows = (TREND_KPIS as readonly TrendKpi[]).map((id) => {
    const status = statusOfKpi(id, values);
    return { id, name: shortKpiNames[id], share: values[id], status, tone: statusTones[status] };
  });
  const label = `${title}. ${rows.map((r) => spoken(r.name, r.share, statusLabels[r.status])).join("; ")}.`;
  return (
    <figure className={styles.root} role="img" aria-label={label} data-testid={testId}>
      <Text weight="semibold" size={200} aria-hidden>
        {title}
      </Text>
      {rows.map((r) => (
        <div
          key={r.id}
          className={styles.row}
          aria-hidden
          data-testid={`coverage-${r.id}`}
          data-tone={r.tone}
        >
          <div className={styles.line}>
            <Caption1 className={styles.label}>{r.name}</Caption1>
            <Caption1 className={mergeClasses(styles.value)} data-value={String(r.share.value)}>
              {percentText(r.share.value)}
            </Caption1>
          </div>
          <ShareBar value={r.share.value} target={r.share.target} tone={r.tone} />
        </div>
      ))}
      <Caption1 className={mergeClasses(styles.legend, styles.muted)} aria-hidden>
        <span className={styles.tick} />
        {legendText(rows.map((r) => r.share))}
      </Caption1>
    </figure>
  );
}
