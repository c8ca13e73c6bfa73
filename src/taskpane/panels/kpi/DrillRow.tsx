/** One row behind a KPI: its label, where it is, and why (the note); a click selects its cell. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { RowRef } from "../../../domain/kpi/types";
import { rowTarget, type CellTarget } from "../../hooks/useSelectCell";
import { CellButton } from "../common/CellButton";

const useStyles = makeStyles({ muted: { color: tokens.colorNeutralForeground3 } });

export function DrillRow({
  row,
  onSelect,
  showNote = true,
}: {
  row: RowRef;
  onSelect: (t: CellTarget) => void;
  /** False where the note stands above the row already (the reason a row is left out). */
  showNote?: boolean;
}) {
  const styles = useStyles();
  return (
    <CellButton target={rowTarget(row)} onSelect={onSelect}>
      <span>{row.label || "(без названия)"}</span>
      <Caption1 className={styles.muted}>
        {row.sheetInFile ?? row.sheet}
        {row.row === null ? "" : `, строка ${row.row}`}
        {showNote && row.note ? ` — ${row.note}` : ""}
      </Caption1>
    </CellButton>
  );
}
