/**
 * The three coverage shares against their targets as one compact chart, drawn as SVG: a row per
 * KPI whose track is 0–100 %, filled to the share in a light tint of its status colour (a strong
 * line under the fill), the target a dark tick across it, the KPI's short name and value written
 * inside the row. The school's «Показатели» and the municipality's «Свод» both
 * draw it. Drawn by hand (a few rectangles): a chart library would weigh more than the whole pane
 * may load at start; percent coordinates keep it sharp at any pane width without scaling the text.
 * One figure for screen readers, its label saying every value, target and status in words.
 */
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ofText, percentText, targetText } from "../../../domain/format/numbers";
import { kpiReadings } from "../../../domain/kpi/reading";
import { shortKpiNames } from "../../../domain/kpi/shortNames";
import { statusLabels, statusOfKpi, statusTones } from "../../../domain/kpi/status";
import type { KpiFigures, ShareFigures } from "../../../domain/kpi/figures";
import { TREND_KPIS, type TrendKpi } from "../../../domain/report/trend";
import { toneClass, useToneStyles } from "./toneStyles";

const ROW = 22;
const GAP = 4;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, minWidth: 0 },
  head: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  title: { minWidth: 0, overflowWrap: "break-word" },
  legend: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    color: tokens.colorNeutralForeground3,
  },
  tick: {
    display: "inline-block",
    width: "2px",
    height: "12px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  svg: { display: "block", width: "100%", overflow: "visible" },
  track: { fill: tokens.colorNeutralBackground4 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: "2px" },
  // A halo in the background colour keeps a word legible where the target tick crosses it.
  label: {
    fill: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "3px",
    paintOrder: "stroke",
  },
  value: {
    fill: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "3px",
    paintOrder: "stroke",
  },
});

const percentOf = (fraction: number) => `${Math.min(100, Math.max(0, fraction * 100))}%`;

/** «81,8 % (9 из 11), цель 70 %, достигнуто»: what a sighted reader takes from a row. */
function spoken(name: string, s: ShareFigures, status: string): string {
  if (s.value === null || s.numerator === null || s.denominator === null)
    return `${name}: нет данных (${s.numerator ?? "—"} из ${s.denominator ?? "—"})`;
  const target = s.target === null ? "" : `, цель ${targetText(s.target)}, ${status}`;
  return `${name}: ${percentText(s.value)} (${ofText(s.numerator, s.denominator)})${target}`;
}

/** The legend of the target tick: «цель 70 %» when the three share it, else «цель» (each its own). */
function legendText(shares: readonly ShareFigures[]): string {
  const targets = [...new Set(shares.map((s) => s.target).filter((t): t is number => t !== null))];
  if (targets.length === 0) return "цель не задана";
  return targets.length === 1 ? `цель ${targetText(targets[0])}` : "цель";
}

export interface CoverageChartProps {
  readonly values: KpiFigures;
  /** The chart's visible caption, short: «Охват на 20.12.2024». */
  readonly title: string;
  /** Said to screen readers before the values, when the caption is shortened. */
  readonly description?: string;
  readonly testId?: string;
}

export function CoverageChart({ values, title, description, testId }: CoverageChartProps) {
  const styles = useStyles();
  const tones = useToneStyles();
  const rows = (TREND_KPIS as readonly TrendKpi[]).map((id) => {
    const status = statusOfKpi(id, values);
    return { id, name: kpiReadings[id].tile, share: values[id], status, tone: statusTones[status] };
  });
  const label = `${description ?? title}. ${rows.map((r) => spoken(shortKpiNames[r.id], r.share, statusLabels[r.status])).join("; ")}.`;
  return (
    <figure className={styles.root} role="img" aria-label={label} data-testid={testId}>
      <div className={styles.head}>
        <Text weight="semibold" size={200} className={styles.title}>
          {title}
        </Text>
        <Caption1 className={styles.legend}>
          <span className={styles.tick} />
          {legendText(rows.map((r) => r.share))}
        </Caption1>
      </div>
      <svg className={styles.svg} height={rows.length * (ROW + GAP) - GAP} aria-hidden focusable="false">
        {rows.map((r, i) => {
          const y = i * (ROW + GAP);
          const { value, target } = r.share;
          return (
            <g key={r.id} data-testid={`coverage-${r.id}`} data-tone={r.tone}>
              <rect className={styles.track} x="0" y={y} width="100%" height={ROW} rx="2" />
              {value !== null && value > 0 && (
                <>
                  <rect
                    className={toneClass(tones, r.tone, "Tint")}
                    x="0"
                    y={y}
                    width={percentOf(value)}
                    height={ROW}
                    rx="2"
                    data-testid="share-bar-fill"
                  />
                  <rect
                    className={toneClass(tones, r.tone, "Fill")}
                    x="0"
                    y={y + ROW - 3}
                    width={percentOf(value)}
                    height="3"
                  />
                </>
              )}
              {target !== null && (
                <line
                  className={styles.target}
                  x1={percentOf(target)}
                  x2={percentOf(target)}
                  y1={y - 2}
                  y2={y + ROW + 2}
                  data-testid="share-bar-target"
                />
              )}
              <text className={styles.label} x="6" y={y + 15}>
                {r.name}
              </text>
              <text className={mergeClasses(styles.value)} x="100%" dx="-6" y={y + 15} textAnchor="end">
                {percentText(value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
