/**
 * The rows behind a KPI (kpi.md: every KPI can show them): those counted and those of the
 * denominator missing from the numerator, under the names reading.ts declares for the KPI
 * («С наставником», «Без наставника»), then the rows it leaves out (LeftOutItem). Each row selects
 * its cell.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { KpiDef } from "../../../domain/kpi/define";
import { kpiLeftOut } from "../../../domain/kpi/leftOut";
import { kpiReadings } from "../../../domain/kpi/reading";
import type { Drill } from "../../../domain/kpi/types";
import type { CellTarget } from "../../hooks/useSelectCell";
import { LimitedList } from "../common/LimitedList";
import { DrillRow } from "./DrillRow";
import { LeftOutItem } from "./LeftOutItem";

const useStyles = makeStyles({
  header: { minWidth: 0 },
  panel: { margin: `0 0 ${tokens.spacingVerticalS}`, minWidth: 0 },
});

export interface DrillDownProps {
  readonly def: KpiDef;
  readonly drill: Drill;
  readonly onSelect: (target: CellTarget) => void;
}

export function DrillDown({ def, drill, onSelect }: DrillDownProps) {
  const styles = useStyles();
  const reading = kpiReadings[def.id];
  // A KPI that declares no name for its missing rows has none (reading.ts); were there any, they
  // are still listed rather than dropped.
  const parts = [
    { part: "counted", title: reading.counted, rows: drill.counted },
    { part: "missing", title: reading.missing ?? "Остальные строки", rows: drill.missing },
  ].filter((p) => p.rows.length > 0);
  const leftOut = kpiLeftOut(drill);
  if (parts.length === 0 && leftOut.count === 0) return null;
  return (
    <Accordion multiple collapsible>
      {parts.map(({ part, title, rows }) => (
        <AccordionItem key={part} value={part} data-testid={`drill-${def.id}-${part}`}>
          <AccordionHeader className={styles.header} size="small">
            {`${title} (${rows.length})`}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <LimitedList
              items={rows}
              label={`${def.title}: ${title}`}
              itemKey={(r, i) => `${r.sheet}:${r.row}:${i}`}
              render={(row) => <DrillRow row={row} onSelect={onSelect} />}
            />
          </AccordionPanel>
        </AccordionItem>
      ))}
      <LeftOutItem
        kpiTitle={def.title}
        value="excluded"
        leftOut={leftOut}
        onSelect={onSelect}
        testId={`drill-${def.id}-excluded`}
      />
    </Accordion>
  );
}
