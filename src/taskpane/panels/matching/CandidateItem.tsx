/**
 * One suggested mentor: name and score, the form the pair would get, «Назначить» (one
 * «Планируется» row on «Пары») and the reasons behind the score.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Candidate } from "../../../domain/matching/scorer";
import type { Mentee } from "../../../domain/model/records";
import { Reasons } from "./Reasons";
import { scoreText } from "./scoreText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  score: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  foot: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3, minWidth: 0 },
});

export interface CandidateItemProps {
  readonly mentee: Mentee;
  readonly candidate: Candidate;
  readonly rank: number;
  /** A write is running: one at a time. */
  readonly disabled: boolean;
  readonly onAssign: (mentee: Mentee, candidate: Candidate) => void;
}

export function CandidateItem({ mentee, candidate, rank, disabled, onAssign }: CandidateItemProps) {
  const styles = useStyles();
  const mentor = candidate.mentor.name ?? "(без ФИО)";
  const menteeName = mentee.name ?? "(без ФИО)";
  return (
    <div className={styles.root} data-testid="candidate" data-mentor={mentor}>
      <div className={styles.head}>
        <span className={styles.name}>
          {rank}. {mentor}
        </span>
        <span className={styles.score} data-testid="candidate-score" title="Совпадение по критериям подбора">
          {scoreText(candidate.score)}
        </span>
      </div>
      <div className={styles.foot}>
        <Caption1 className={styles.muted}>Форма «{candidate.form}»</Caption1>
        <Button
          size="small"
          disabled={disabled}
          onClick={() => onAssign(mentee, candidate)}
          aria-label={`Назначить: ${mentor} — наставник для ${menteeName}`}
        >
          Назначить
        </Button>
      </div>
      <Reasons candidate={candidate} label={`Почему ${mentor} для ${menteeName}`} />
    </div>
  );
}
