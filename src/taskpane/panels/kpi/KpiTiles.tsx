/**
 * The KPIs other than coverage as small tiles, one line each in a 320 px pane (two columns when
 * the pane is wider): tile name, figure, and status — the word in the status colour and a bar of
 * that colour on the left (the colour never alone). A click opens the KPI's full card.
 */
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { kpiCatalogue } from "../../../domain/kpi/catalogue";
import type { KpiDef } from "../../../domain/kpi/define";
import { headlineOf } from "../../../domain/kpi/headline";
import { kpiReadings } from "../../../domain/kpi/reading";
import { TREND_KPIS } from "../../../domain/report/trend";
import { statusLabels, statusOfKpi, statusTones } from "../../../domain/kpi/status";
import type { KpiId, KpiValues } from "../../../domain/kpi/types";
import { toneClass, useToneStyles } from "../common/toneStyles";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    // One tile a row up to a wide pane (13 two-line tiles would not fit one screen), two beyond.
    gridTemplateColumns: "repeat(auto-fill, minmax(300px, 1fr))",
    gap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  item: { display: "flex", minWidth: 0 },
  tile: {
    display: "flex",
    flexDirection: "row",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    height: "auto",
    minHeight: "unset",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalSNudge}`,
    textAlign: "left",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    borderLeftWidth: tokens.strokeWidthThickest,
  },
  name: { color: tokens.colorNeutralForeground2, minWidth: 0 },
  figure: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    whiteSpace: "nowrap",
  },
  value: { fontWeight: tokens.fontWeightSemibold },
});

/** The KPIs shown as tiles: all but the coverage shares, which the chart above draws; catalogue order. */
const TILE_KPIS: readonly KpiDef[] = (kpiCatalogue as readonly KpiDef[]).filter(
  (d) => !(TREND_KPIS as readonly KpiId[]).includes(d.id),
);

export interface KpiTilesProps {
  readonly values: KpiValues;
  readonly onOpen: (id: KpiId) => void;
}

export function KpiTiles({ values, onOpen }: KpiTilesProps) {
  const styles = useStyles();
  const tones = useToneStyles();
  return (
    <ul className={styles.grid} aria-label="Другие показатели" data-testid="kpi-tiles">
      {TILE_KPIS.map((def) => {
        const status = statusOfKpi(def.id, values);
        const tone = statusTones[status];
        const figure = headlineOf(def, values);
        const word = tone === "none" ? null : statusLabels[status];
        return (
          <li key={def.id} className={styles.item}>
            <Button
              appearance="outline"
              className={mergeClasses(styles.tile, toneClass(tones, tone, "Edge"))}
              onClick={() => onOpen(def.id)}
              title={`${def.title}${figure.unit ? ` (${figure.unit})` : ""}: открыть карточку`}
              data-testid={`tile-${def.id}`}
              data-status={status}
            >
              <Caption1 className={styles.name}>{kpiReadings[def.id].tile}</Caption1>
              <span className={styles.figure}>
                <Text size={200} className={styles.value}>
                  {figure.text}
                </Text>
                {word && <Caption1 className={toneClass(tones, tone, "Text")}>{word}</Caption1>}
              </span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
