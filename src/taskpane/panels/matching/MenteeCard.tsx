/**
 * A mentee without a mentor and the best mentors for them — or, when no mentor may be suggested
 * at all, why not and what to change.
 */
import { Card, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Candidate } from "../../../domain/matching/scorer";
import type { Mentee } from "../../../domain/model/records";
import type { MenteeSuggestion } from "../../hooks/matchingView";
import type { CellTarget } from "../../hooks/useSelectCell";
import { CandidateItem } from "./CandidateItem";
import { MenteeName } from "./MenteeName";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  young: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  why: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
});

export interface MenteeCardProps {
  readonly item: MenteeSuggestion;
  readonly busy: boolean;
  readonly onSelect: (target: CellTarget) => void;
  readonly onAssign: (mentee: Mentee, candidate: Candidate) => void;
}

export function MenteeCard({ item, busy, onSelect, onAssign }: MenteeCardProps) {
  const styles = useStyles();
  return (
    <Card
      className={mergeClasses(styles.card, item.young && styles.young)}
      size="small"
      data-testid="mentee-suggestion"
      data-row={item.mentee.row}
    >
      <MenteeName mentee={item.mentee} young={item.young} target={item.target} onSelect={onSelect} />
      {item.why !== null ? (
        <Text as="p" block className={styles.why} data-testid="no-candidates">
          {item.why}
        </Text>
      ) : (
        item.candidates.map((c, k) => (
          <CandidateItem
            key={c.index}
            mentee={item.mentee}
            candidate={c}
            rank={k + 1}
            disabled={busy}
            onAssign={onAssign}
          />
        ))
      )}
    </Card>
  );
}
