/**
 * «С прошлого среза»: how the KPI moved since the latest snapshot before the date shown, one line
 * per measure (satisfaction has two). Nothing when there is no earlier snapshot to compare with.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Change } from "../../../domain/snapshots/change";
import { measureByCode } from "../../../domain/snapshots/measures";
import { ruDateOf } from "../../../domain/values/dates";
import { changeText } from "../../../domain/format/numbers";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function KpiChange({ changes }: { readonly changes: readonly Change[] }) {
  const styles = useStyles();
  if (changes.length === 0) return null;
  const several = changes.length > 1;
  return (
    <div className={styles.root}>
      {changes.map((c) => (
        <Caption1
          key={c.code}
          className={styles.muted}
          data-testid="kpi-change"
          data-code={c.code}
          data-delta={c.delta}
        >
          {several ? `${measureByCode.get(c.code)!.title.split(": ").pop()}: ` : ""}
          {changeText(c.delta, c.unit)} с прошлого среза ({ruDateOf(c.since)})
        </Caption1>
      ))}
    </div>
  );
}
