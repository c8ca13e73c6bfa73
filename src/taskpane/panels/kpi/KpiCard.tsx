/**
 * One KPI of the catalogue: title, figures, how far from the target, what it counts and over
 * which dates, and the rows behind it.
 */
import { Badge, Caption1, Card, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../../domain/analysis/analysis";
import { scopeLabels, type KpiDef } from "../../../domain/kpi/define";
import { statusLabels, statusOfKpi, statusTones, type StatusTone } from "../../../domain/kpi/status";
import type { Drill, KpiValues } from "../../../domain/kpi/types";
import type { Change } from "../../../domain/snapshots/change";
import { ruDateOf } from "../../../domain/values/dates";
import type { CellTarget } from "../../hooks/useSelectCell";
import { toneClass, useToneStyles } from "../common/toneStyles";
import { DrillDown } from "./DrillDown";
import { KpiChange } from "./KpiChange";
import { KpiFigures } from "./KpiFigures";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  badge: { flexShrink: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const badgeColors: Record<Exclude<StatusTone, "none">, "success" | "warning" | "danger"> = {
  good: "success",
  warning: "warning",
  bad: "danger",
};

/** «на отчётную дату (20.12.2024)», «с начала учебного года (01.09.2024 – 20.12.2024)». */
function scopeText(def: KpiDef, analysis: Analysis): string {
  if (def.scope === "asOf") return `${scopeLabels.asOf} (${ruDateOf(analysis.asOf)})`;
  if (def.scope === "schoolYearToDate")
    return `${scopeLabels.schoolYearToDate} (${ruDateOf(analysis.yearStart)} – ${ruDateOf(analysis.asOf)})`;
  return "";
}

export interface KpiCardProps {
  readonly def: KpiDef;
  readonly values: KpiValues;
  readonly drill: Drill;
  readonly analysis: Analysis;
  readonly onSelect: (target: CellTarget) => void;
  /** Since the previous snapshot («Срезы»); empty without one. */
  readonly changes?: readonly Change[];
}

export function KpiCard({ def, values, drill, analysis, onSelect, changes = [] }: KpiCardProps) {
  const styles = useStyles();
  const tones = useToneStyles();
  const status = statusOfKpi(def.id, values);
  const tone = statusTones[status];
  const scope = scopeText(def, analysis);
  const titleId = `kpi-title-${def.id}`;
  return (
    <Card
      className={mergeClasses(styles.card, toneClass(tones, tone, "Edge"))}
      data-testid={`kpi-${def.id}`}
      data-status={status}
      aria-labelledby={titleId}
      role="group"
      // A tile of the overview moves focus here when it opens the cards.
      tabIndex={-1}
    >
      <div className={styles.header}>
        <h3 className={styles.title} id={titleId}>
          {def.title}
        </h3>
        {tone !== "none" && (
          <Badge
            className={styles.badge}
            appearance="tint"
            color={badgeColors[tone]}
            data-testid="kpi-status"
          >
            {statusLabels[status]}
          </Badge>
        )}
      </div>
      <KpiFigures def={def} values={values} loadLimit={analysis.settings.maxMenteesPerMentor} />
      <KpiChange changes={changes} />
      <Text size={200}>{def.definition}</Text>
      {scope && <Caption1 className={styles.muted}>Период: {scope}</Caption1>}
      <DrillDown def={def} drill={drill} onSelect={onSelect} />
    </Card>
  );
}
