/**
 * Who is waiting for a mentor on D (young specialists first) and the best mentors for each: the
 * engine's `suggest()`, the same list `nastavnik match` prints.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Candidate } from "../../../domain/matching/scorer";
import type { Mentee } from "../../../domain/model/records";
import { ruDateOf } from "../../../domain/values/dates";
import type { MatchingView } from "../../hooks/matchingView";
import type { CellTarget } from "../../hooks/useSelectCell";
import { LimitedList } from "../common/LimitedList";
import { MenteeCard } from "./MenteeCard";

/** Cards rendered before «Показать ещё»: each holds three candidates with their reasons. */
const PAGE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { "& > ul": { gap: tokens.spacingVerticalM } },
});

export interface SuggestionListProps {
  readonly view: MatchingView;
  readonly busy: boolean;
  readonly onSelect: (target: CellTarget) => void;
  readonly onAssign: (mentee: Mentee, candidate: Candidate) => void;
}

export function SuggestionList({ view, busy, onSelect, onAssign }: SuggestionListProps) {
  const styles = useStyles();
  const on = ruDateOf(view.asOf);
  const planned =
    view.planned > 0 ? ` Ещё ${view.planned} ждут запланированной пары и здесь не показаны.` : "";
  if (view.mentees.length === 0) {
    return (
      <Text as="p" block data-testid="matching-summary">
        На {on} у всех наставляемых есть наставник.{planned}
      </Text>
    );
  }
  return (
    <div className={styles.root}>
      <Text as="p" block data-testid="matching-summary">
        На {on} без наставника: {view.mentees.length} (молодых специалистов: {view.young}).{planned}
      </Text>
      <div className={styles.list} data-testid="matching-suggestions">
        <LimitedList
          items={view.mentees}
          label="Наставляемые без наставника"
          pageSize={PAGE}
          itemKey={(m) => `${m.mentee.row}`}
          render={(m) => <MenteeCard item={m} busy={busy} onSelect={onSelect} onAssign={onAssign} />}
        />
      </div>
    </div>
  );
}
