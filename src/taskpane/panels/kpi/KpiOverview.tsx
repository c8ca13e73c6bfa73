/**
 * The top of «Показатели», one screen at 320 × 700 px: the three coverage shares against their
 * targets as one chart, the other KPIs as tiles with their status, and the way to the full cards.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { KpiId, KpiValues } from "../../../domain/kpi/types";
import { isoOf, ruDateOf, type DayNumber } from "../../../domain/values/dates";
import { CoverageChart } from "../common/CoverageChart";
import { KpiTiles } from "./KpiTiles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { alignSelf: "flex-start", maxWidth: "100%" },
});

export interface KpiOverviewProps {
  readonly values: KpiValues;
  readonly asOf: DayNumber;
  /** The full cards are open below. */
  readonly expanded: boolean;
  readonly onToggle: () => void;
  /** A tile was clicked: open the cards at that KPI. */
  readonly onOpen: (id: KpiId) => void;
  readonly count: number;
}

export function KpiOverview({ values, asOf, expanded, onToggle, onOpen, count }: KpiOverviewProps) {
  const styles = useStyles();
  return (
    <section
      className={styles.root}
      aria-label="Обзор показателей"
      data-testid="kpi-overview"
      data-as-of={isoOf(asOf)}
    >
      <CoverageChart
        values={values}
        title={`Охват на ${ruDateOf(asOf)}`}
        description={`Охват наставничеством на ${ruDateOf(asOf)}`}
        testId="coverage-chart"
      />
      <KpiTiles values={values} onOpen={onOpen} />
      <Button
        className={styles.toggle}
        appearance="secondary"
        aria-expanded={expanded}
        aria-controls="kpi-cards"
        onClick={onToggle}
      >
        {expanded ? "Скрыть карточки показателей" : `Все показатели подробно (${count})`}
      </Button>
    </section>
  );
}
