/**
 * The KPIs other than coverage as small tiles: short name, figure, and status — the word in the
 * status colour and a bar of that colour on the left (the colour never alone). A click opens the
 * KPI's full card.
 */
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { kpiCatalogue } from "../../../domain/kpi/catalogue";
import type { KpiDef } from "../../../domain/kpi/define";
import { headlineOf } from "../../../domain/kpi/headline";
import { shortKpiNames } from "../../../domain/kpi/shortNames";
import { statusLabels, statusOfKpi, statusTones } from "../../../domain/kpi/status";
import type { KpiId, KpiValues } from "../../../domain/kpi/types";
import { TREND_KPIS } from "../../../domain/report/trend";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    // Two tiles a row in a 320 px pane, three or more when it is wider.
    gridTemplateColumns: "repeat(auto-fill, minmax(128px, 1fr))",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  item: { display: "flex", minWidth: 0 },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    justifyContent: "flex-start",
    gap: 0,
    width: "100%",
    minWidth: 0,
    height: "auto",
    minHeight: "unset",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    borderLeftWidth: tokens.strokeWidthThickest,
  },
  good: { borderLeftColor: tokens.colorStatusSuccessBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  bad: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  none: {},
  name: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  figure: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  value: { fontWeight: tokens.fontWeightSemibold },
  goodText: { color: tokens.colorStatusSuccessForeground1 },
  warningText: { color: tokens.colorStatusWarningForeground1 },
  badText: { color: tokens.colorStatusDangerForeground1 },
  noneText: { color: tokens.colorNeutralForeground3 },
});

/** The KPIs shown as tiles: every KPI of the catalogue but the coverage shares, in catalogue order. */
export const TILE_KPIS: readonly KpiDef[] = (kpiCatalogue as readonly KpiDef[]).filter(
  (d) => !(TREND_KPIS as readonly KpiId[]).includes(d.id),
);

export interface KpiTilesProps {
  readonly values: KpiValues;
  readonly onOpen: (id: KpiId) => void;
}

export function KpiTiles({ values, onOpen }: KpiTilesProps) {
  const styles = useStyles();
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
              className={mergeClasses(styles.tile, styles[tone])}
              onClick={() => onOpen(def.id)}
              title={`${def.title}: открыть карточку`}
              data-testid={`tile-${def.id}`}
              data-status={status}
            >
              <Caption1 className={styles.name}>{shortKpiNames[def.id]}</Caption1>
              <span className={styles.figure}>
                <Text size={300} className={styles.value}>
                  {figure.text}
                </Text>
                {figure.unit && <Caption1 className={styles.name}>{figure.unit}</Caption1>}
                {word && <Caption1 className={styles[`${tone}Text`]}>{word}</Caption1>}
              </span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
