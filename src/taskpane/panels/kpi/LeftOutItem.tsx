/**
 * The rows a KPI leaves out, in one place: under the one word «Не учитываются» (reading.ts), with
 * its one explanation, grouped by reason (leftOut.ts), each row selecting its cell. Whatever list
 * of rows a KPI could not count — «Пары» rows that do not take part, or rows it could not read —
 * is shown here and nowhere else, so the word and the layout cannot drift apart.
 */
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { LeftOut } from "../../../domain/kpi/leftOut";
import { NOT_COUNTED, NOT_COUNTED_EXPLAINED } from "../../../domain/kpi/reading";
import type { CellTarget } from "../../hooks/useSelectCell";
import { LimitedList } from "../common/LimitedList";
import { DrillRow } from "./DrillRow";

const useStyles = makeStyles({
  header: { minWidth: 0 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  reason: { display: "flex", flexDirection: "column", minWidth: 0 },
  reasonTitle: { overflowWrap: "anywhere" },
});

export interface LeftOutItemProps {
  /** The KPI's title, to name the lists for screen readers. */
  readonly kpiTitle: string;
  readonly value: string;
  readonly leftOut: LeftOut;
  readonly onSelect: (target: CellTarget) => void;
  readonly testId?: string;
}

/** An accordion item of a drill-down; nothing when no row is left out. */
export function LeftOutItem({ kpiTitle, value, leftOut, onSelect, testId }: LeftOutItemProps) {
  const styles = useStyles();
  if (leftOut.count === 0) return null;
  return (
    <AccordionItem value={value} data-testid={testId}>
      <AccordionHeader className={styles.header} size="small">
        {`${NOT_COUNTED} (${leftOut.count})`}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Caption1 className={styles.muted} data-testid="left-out-explained">
          {`${NOT_COUNTED} — ${NOT_COUNTED_EXPLAINED}`}
        </Caption1>
        {leftOut.reasons.map((r) => (
          <div key={`${r.sheet}:${r.reason}`} className={styles.reason}>
            <Text size={200} weight="semibold" className={styles.reasonTitle}>
              {`«${r.sheet}»: ${r.reason} (${r.rows.length})`}
            </Text>
            <LimitedList
              items={r.rows}
              label={`${kpiTitle}: ${NOT_COUNTED.toLowerCase()} — ${r.reason}`}
              itemKey={(row, i) => `${row.sheet}:${row.row}:${i}`}
              render={(row) => <DrillRow row={row} onSelect={onSelect} showNote={false} />}
            />
          </div>
        ))}
      </AccordionPanel>
    </AccordionItem>
  );
}
