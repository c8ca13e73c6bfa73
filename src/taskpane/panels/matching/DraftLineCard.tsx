/**
 * One row of the «Подобрать всем» draft: the mentee, the mentor proposed (changeable to any
 * allowed mentor, or to «не назначать»), the score, and a warning when the choice takes more
 * places than the mentor has left.
 */
import {
  Caption1,
  Card,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  tokens,
} from "@fluentui/react-components";
import { overbookingText, type Overbooking } from "../../../domain/matching/draftCheck";
import type { Candidate } from "../../../domain/matching/scorer";
import type { DraftLine } from "../../hooks/matchingView";
import type { CellTarget } from "../../hooks/useSelectCell";
import { MenteeName } from "./MenteeName";
import { Reasons } from "./Reasons";
import { scoreText } from "./scoreText";

/** The option that leaves the mentee without a row. */
export const NOT_ASSIGNED = "none";
export const NOT_ASSIGNED_TEXT = "— не назначать —";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  over: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusDangerBorderActive}` },
  dropdown: { minWidth: 0, width: "100%" },
  // Fluent's listbox takes the trigger's width; long names wrap rather than widen the pane.
  option: { whiteSpace: "normal", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  reason: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
});

const optionText = (c: Candidate) => `${c.mentor.name ?? "(без ФИО)"} — ${scoreText(c.score)}`;

export interface DraftLineCardProps {
  readonly line: DraftLine;
  readonly index: number;
  /** Pool index of the chosen mentor, or null. */
  readonly choice: number | null;
  /** Set when the chosen mentor is picked more often than it has free places. */
  readonly overbooking: Overbooking | undefined;
  readonly disabled: boolean;
  readonly onChoose: (line: number, mentor: number | null) => void;
  readonly onSelect: (target: CellTarget) => void;
}

export function DraftLineCard(props: DraftLineCardProps) {
  const { line, index, choice, overbooking, disabled, onChoose, onSelect } = props;
  const styles = useStyles();
  const chosen = choice === null ? undefined : line.options.find((c) => c.index === choice);
  const menteeName = line.mentee.name ?? "(без ФИО)";
  const changed = choice !== line.proposed;
  const proposed = line.options.find((c) => c.index === line.proposed);

  return (
    <Card
      className={mergeClasses(styles.card, overbooking && styles.over)}
      size="small"
      data-testid="draft-line"
      data-row={line.mentee.row}
      data-over={overbooking ? "true" : undefined}
    >
      <MenteeName mentee={line.mentee} young={line.young} target={line.target} onSelect={onSelect} />
      <Field
        validationState={overbooking ? "error" : "none"}
        validationMessage={
          overbooking && chosen
            ? `Мест не хватает: ${chosen.mentor.name ?? "наставник"} ${overbookingText(overbooking)}. Выберите другого наставника или «не назначать».`
            : undefined
        }
      >
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-label={`Наставник для ${menteeName}`}
          disabled={disabled || line.options.length === 0}
          value={chosen ? optionText(chosen) : NOT_ASSIGNED_TEXT}
          selectedOptions={[chosen ? String(chosen.index) : NOT_ASSIGNED]}
          onOptionSelect={(_event, data) => {
            const value = data.optionValue;
            onChoose(index, value === undefined || value === NOT_ASSIGNED ? null : Number(value));
          }}
        >
          <Option value={NOT_ASSIGNED} className={styles.option}>
            {NOT_ASSIGNED_TEXT}
          </Option>
          {line.options.map((c) => (
            <Option key={c.index} value={String(c.index)} text={optionText(c)} className={styles.option}>
              {optionText(c)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {chosen ? (
        <>
          <Caption1 className={styles.muted}>
            Форма «{chosen.form}»
            {changed && proposed
              ? `; изменено, предлагался ${proposed.mentor.name ?? "другой наставник"}`
              : ""}
            {changed && !proposed ? "; выбрано вручную" : ""}
          </Caption1>
          <Reasons candidate={chosen} label={`Почему ${chosen.mentor.name ?? ""} для ${menteeName}`} />
        </>
      ) : line.reason !== null ? (
        <Caption1 className={styles.reason} data-testid="unassigned-reason">
          {line.reason}
        </Caption1>
      ) : (
        <Caption1 className={styles.muted}>Строка для этого наставляемого записана не будет.</Caption1>
      )}
    </Card>
  );
}
