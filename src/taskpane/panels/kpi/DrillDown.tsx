/**
 * The rows behind a KPI (kpi.md: every KPI can show them): those counted, those of the
 * denominator missing from the numerator, and «Пары» rows that do not take part, with the reason.
 * Each row selects its cell.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { KpiDef, KpiKind } from "../../../domain/kpi/define";
import type { Drill, RowRef } from "../../../domain/kpi/types";
import { rowTarget, type CellTarget } from "../../hooks/useSelectCell";
import { CellButton } from "../common/CellButton";
import { LimitedList } from "../common/LimitedList";

type Part = keyof Drill;

/** What each part means for a kind of KPI; a part without a title is never filled for that kind. */
const partTitles: Record<KpiKind, Partial<Record<Part, string>>> = {
  share: { counted: "Учтены", missing: "Не учтены", excluded: "Не учитываются" },
  groups: { counted: "Действующие строки", excluded: "Не учитываются" },
  load: { counted: "Наставники", missing: "Выше допустимой нагрузки", excluded: "Не учитываются" },
  count: { counted: "Просроченные", excluded: "Не учитываются" },
  satisfaction: { counted: "Строки с оценками", excluded: "Не учитываются" },
  plan: { counted: "Выполнены", missing: "Не выполнены", excluded: "Не учитываются" },
};

const PARTS: readonly Part[] = ["counted", "missing", "excluded"];

const useStyles = makeStyles({
  header: { minWidth: 0 },
  panel: { margin: `0 0 ${tokens.spacingVerticalS}`, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

function DrillRow({ row, onSelect }: { row: RowRef; onSelect: (t: CellTarget) => void }) {
  const styles = useStyles();
  const target = rowTarget(row);
  return (
    <CellButton target={target} onSelect={onSelect}>
      <span>{row.label || "(без названия)"}</span>
      <Caption1 className={styles.muted}>
        {row.sheetInFile ?? row.sheet}
        {row.row === null ? "" : `, строка ${row.row}`}
        {row.note ? ` — ${row.note}` : ""}
      </Caption1>
    </CellButton>
  );
}

export interface DrillDownProps {
  readonly def: KpiDef;
  readonly drill: Drill;
  readonly onSelect: (target: CellTarget) => void;
}

export function DrillDown({ def, drill, onSelect }: DrillDownProps) {
  const styles = useStyles();
  const titles = partTitles[def.kind];
  const parts = PARTS.filter((p) => drill[p].length > 0 && titles[p] !== undefined);
  if (parts.length === 0) return null;
  return (
    <Accordion multiple collapsible>
      {parts.map((part) => {
        const title = `${titles[part]} (${drill[part].length})`;
        return (
          <AccordionItem key={part} value={part} data-testid={`drill-${def.id}-${part}`}>
            <AccordionHeader className={styles.header} size="small">
              {title}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <LimitedList
                items={drill[part]}
                label={`${def.title}: ${titles[part]}`}
                itemKey={(r, i) => `${r.sheet}:${r.row}:${i}`}
                render={(row) => <DrillRow row={row} onSelect={onSelect} />}
              />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
