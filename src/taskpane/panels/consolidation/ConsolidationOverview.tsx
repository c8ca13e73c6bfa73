/**
 * The consolidation at a glance, once the files are read: the pooled coverage against its targets
 * (the chart of «Показатели»), and the schools ranked by a coverage KPI, highest first, those below
 * the target marked in words and colour — the same ranking as the charts of «Итоги»
 * (rankedSchools). A long list shows its first schools, and can be narrowed to those below target.
 */
import {
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Subtitle2,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Consolidation } from "../../../domain/consolidation/consolidate";
import { namedList, rankedSchools, type RankedSchool } from "../../../domain/consolidation/totalsCharts";
import { ofText, percentText, targetText } from "../../../domain/format/numbers";
import { shortKpiNames } from "../../../domain/kpi/shortNames";
import { TREND_KPIS, type TrendKpi } from "../../../domain/report/trend";
import { CoverageChart } from "../common/CoverageChart";
import { LimitedList } from "../common/LimitedList";
import { ShareBar } from "../common/ShareBar";
import { toneClass, useToneStyles } from "../common/toneStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  // A native select is as wide as its longest option unless told otherwise: 320 px must not scroll.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, maxWidth: "100%" } },
  muted: { color: tokens.colorNeutralForeground3 },
  row: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    minWidth: 0,
  },
  line: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  school: { minWidth: 0, overflowWrap: "anywhere" },
  value: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
});

/** Schools shown before «Показать ещё»: a municipality's list, not a region's 1,500. */
const PAGE = 20;

const isBelow = (r: RankedSchool) => r.share.target !== null && r.share.value! < r.share.target;

function RankedRow({ r, rank }: { r: RankedSchool; rank: number }) {
  const styles = useStyles();
  const tones = useToneStyles();
  const below = isBelow(r);
  // Below the target is marked as a bad status is, whatever the KPI's own status word.
  const mark = (use: "Edge" | "Text") => (below ? toneClass(tones, "bad", use) : undefined);
  return (
    <div
      className={mergeClasses(styles.row, mark("Edge"))}
      data-testid="ranked-school"
      data-below={below}
      title={`${ofText(r.share.numerator, r.share.denominator)}${r.share.target === null ? "" : `, цель ${targetText(r.share.target)}`}`}
    >
      <div className={styles.line}>
        <Caption1 className={styles.school}>{`${rank}. ${r.school}${r.name ? ` ${r.name}` : ""}`}</Caption1>
        <Caption1 className={mergeClasses(styles.value, mark("Text"))}>{percentText(r.share.value)}</Caption1>
      </div>
      <ShareBar value={r.share.value} target={r.share.target} tone={r.tone} />
      {below && (
        <Caption1 className={mark("Text")}>
          {`ниже цели ${targetText(r.share.target!)} — ${r.status}`}
        </Caption1>
      )}
    </div>
  );
}

export function ConsolidationOverview({ c }: { c: Consolidation }) {
  const styles = useStyles();
  const headingId = useId();
  const [kpi, setKpi] = useState<TrendKpi>("young_mentored");
  const [onlyBelow, setOnlyBelow] = useState(false);
  const { ranked, without } = useMemo(() => rankedSchools(c, kpi), [c, kpi]);
  const rows = useMemo(() => ranked.map((r, i) => ({ r, rank: i + 1 })), [ranked]);
  const below = rows.filter((x) => isBelow(x.r));
  const shown = onlyBelow ? below : rows;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="consolidation-overview">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        Обзор свода
      </Subtitle2>
      <CoverageChart
        values={c.total.values}
        title={`Охват по всем ОО (${c.total.schools})`}
        description={`Охват по всем ОО (${c.total.schools}), суммы числителей и знаменателей`}
        testId="pooled-coverage"
      />
      <Field label="ОО по показателю" className={styles.field}>
        <Select
          className={styles.select}
          value={kpi}
          onChange={(_event, data) => setKpi(data.value as TrendKpi)}
        >
          {TREND_KPIS.map((id) => (
            <option key={id} value={id}>
              {shortKpiNames[id]}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} data-testid="ranking-summary">
        {ranked.length === 0
          ? "Ни у одной ОО нет значения этого показателя."
          : `Ниже цели: ${below.length} из ${ranked.length} ОО.`}
        {without.length > 0 && ` Без значения (знаменатель 0): ${without.length}.`}
      </Text>
      {below.length > 0 && below.length < ranked.length && (
        <Switch
          checked={onlyBelow}
          onChange={(_event, data) => setOnlyBelow(data.checked)}
          label="Только ниже цели"
        />
      )}
      {shown.length > 0 && (
        <LimitedList
          items={shown}
          pageSize={PAGE}
          label={`ОО по убыванию: ${shortKpiNames[kpi]}`}
          itemKey={(x) => `${x.rank}:${x.r.school}`}
          render={(x) => <RankedRow r={x.r} rank={x.rank} />}
        />
      )}
      {without.length > 0 && (
        <Caption1 className={styles.muted}>{`Без значения: ${namedList(without)}.`}</Caption1>
      )}
    </section>
  );
}
