/**
 * A mentee's name that selects its row on «Наставляемые», with the sheet and row under it and a
 * badge for a young specialist (they come first: the M001 list).
 */
import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Mentee } from "../../../domain/model/records";
import type { CellTarget } from "../../hooks/useSelectCell";
import { CellButton } from "../common/CellButton";

const useStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MenteeNameProps {
  readonly mentee: Mentee;
  readonly young: boolean;
  readonly target: CellTarget | null;
  readonly onSelect: (target: CellTarget) => void;
}

export function MenteeName({ mentee, young, target, onSelect }: MenteeNameProps) {
  const styles = useStyles();
  const name = mentee.name ?? "(без ФИО)";
  return (
    <CellButton
      target={target}
      onSelect={onSelect}
      label={target ? `${name}, ячейка ${target.address} на листе «${target.sheet}»` : undefined}
    >
      <span className={styles.name}>{name}</span>
      <span className={styles.line}>
        {young && (
          <Badge appearance="tint" color="informative" size="small">
            молодой специалист
          </Badge>
        )}
        {target && (
          <Caption1 className={styles.muted}>
            {target.sheet}, строка {mentee.row}
          </Caption1>
        )}
      </span>
    </CellButton>
  );
}
