/**
 * The methodist's to-do list: young specialists with no pair active on the reporting date (M001),
 * each a click away from their row on «Наставляемые».
 */
import { Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { SchoolResult } from "../../../domain/engine";
import type { Issue } from "../../../domain/issues";
import { ruDateOf } from "../../../domain/values/dates";
import type { CellTarget } from "../../hooks/useSelectCell";
import { CellButton } from "../common/CellButton";
import { LimitedList } from "../common/LimitedList";
import { targetOf } from "./issueGroups";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    "& p": { margin: 0 },
  },
  done: { borderLeftColor: tokens.colorStatusSuccessBorderActive },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface YoungWithoutMentorProps {
  readonly result: SchoolResult;
  /** The M001 issues, in worksheet order. */
  readonly issues: readonly Issue[];
  readonly onSelect: (target: CellTarget) => void;
}

export function YoungWithoutMentor({ result, issues, onSelect }: YoungWithoutMentorProps) {
  const styles = useStyles();
  const young = result.analysis.youngSpecialists.length;
  // M001 needs the reporting date; without it the rule does not run and the list would lie.
  if (result.asOf === null || young === 0) return null;
  const on = ruDateOf(result.asOf);

  if (issues.length === 0) {
    return (
      <section className={mergeClasses(styles.root, styles.done)} aria-labelledby="young-heading">
        <Subtitle2 as="h3" id="young-heading" className={styles.heading}>
          Молодые специалисты без наставника (0)
        </Subtitle2>
        <Text as="p" block>
          У всех молодых специалистов ({young}) есть действующая пара на {on}.
        </Text>
      </section>
    );
  }

  return (
    <section className={styles.root} aria-labelledby="young-heading" data-testid="young-without-mentor">
      <Subtitle2 as="h3" id="young-heading" className={styles.heading}>
        Молодые специалисты без наставника ({issues.length})
      </Subtitle2>
      <Text as="p" block>
        Нет действующей пары на {on} — закрепите наставника на листе «Пары». Молодых специалистов всего:{" "}
        {young}.
      </Text>
      <LimitedList
        items={issues}
        label="Молодые специалисты без наставника"
        itemKey={(i) => `${i.row}:${i.col}`}
        render={(issue) => {
          const target = targetOf(issue);
          const name = issue.value ?? issue.message;
          return (
            <CellButton
              target={target}
              onSelect={onSelect}
              label={target ? `${name}, ячейка ${target.address}` : undefined}
            >
              <span>{name}</span>
              {target && (
                <Caption1 className={styles.muted}>
                  {issue.sheetInFile ?? issue.sheet}, {target.address}
                </Caption1>
              )}
            </CellButton>
          );
        }}
      />
    </section>
  );
}
