/**
 * «Подобрать всем»: the optimal assignment as a draft the methodist can edit row by row, and
 * «Записать в «Пары»» for every row that keeps a mentor — blocked while an edit gives a mentor
 * more mentees than it has free places. Cards rather than a table: they stay readable at 320 px.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { overbookingText } from "../../../domain/matching/draftCheck";
import type { DraftState, WriteRun } from "../../hooks/useMatching";
import type { CellTarget } from "../../hooks/useSelectCell";
import { countOf, ROWS_ACCUSATIVE } from "../../text/russian";
import { LimitedList } from "../common/LimitedList";
import { DraftLineCard } from "./DraftLineCard";
import { WriteResult } from "./WriteResult";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  list: { "& > ul": { gap: tokens.spacingVerticalS } },
  mentors: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface DraftSectionProps {
  readonly draft: DraftState;
  /** The last write (a failed one is shown here, by the button). */
  readonly run: WriteRun;
  /** A write is running. */
  readonly busy: boolean;
  readonly onChoose: (line: number, mentor: number | null) => void;
  readonly onWrite: () => void;
  readonly onClose: () => void;
  readonly onSelect: (target: CellTarget) => void;
}

export function DraftSection({ draft, run, busy, onChoose, onWrite, onClose, onSelect }: DraftSectionProps) {
  const styles = useStyles();
  const kept = draft.choices.filter((c) => c !== null).length;
  const over = [...draft.overbooked.values()];
  const mentorName = (j: number) =>
    draft.lines.flatMap((l) => l.options).find((c) => c.index === j)?.mentor.name ?? "Наставник";

  return (
    <section className={styles.root} aria-labelledby="matching-draft-heading" data-testid="matching-draft">
      <Subtitle2 as="h3" id="matching-draft-heading" className={styles.heading}>
        Черновик: подобрать всем
      </Subtitle2>
      <Text as="p" block>
        Наставники распределены с учётом свободных мест, молодые специалисты — в первую очередь. В любой
        строке можно выбрать другого наставника или оставить наставляемого без пары.
      </Text>
      <Text as="p" block data-testid="draft-summary">
        Наставник выбран: {kept} из {draft.lines.length}.
      </Text>
      <div className={styles.list}>
        <LimitedList
          items={draft.lines}
          label="Черновик строк «Пары»"
          itemKey={(l) => `${l.mentee.row}`}
          render={(line, i) => {
            const choice = draft.choices[i];
            return (
              <DraftLineCard
                line={line}
                index={i}
                choice={choice}
                overbooking={choice === null ? undefined : draft.overbooked.get(choice)}
                disabled={busy}
                onChoose={onChoose}
                onSelect={onSelect}
              />
            );
          }}
        />
      </div>
      {over.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="draft-overbooked">
          <MessageBarBody>
            <MessageBarTitle>Свободных мест не хватает</MessageBarTitle>
            <ul className={styles.mentors}>
              {over.map((o) => (
                <li key={o.mentor}>
                  {mentorName(o.mentor)} {overbookingText(o)}
                </li>
              ))}
            </ul>
            <div>Исправьте отмеченные строки: пока места превышены, записать черновик нельзя.</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {kept === 0 && over.length === 0 && (
        <Text as="p" block className={styles.muted}>
          Ни в одной строке нет наставника — записывать нечего.
        </Text>
      )}
      <WriteResult run={run} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || kept === 0 || over.length > 0}
          onClick={onWrite}
          icon={busy ? <Spinner size="tiny" aria-label="Записываю" /> : undefined}
          title={
            kept > 0
              ? `Будет записано ${countOf(kept, ROWS_ACCUSATIVE)} со статусом «Планируется»`
              : undefined
          }
        >
          Записать в «Пары»
        </Button>
        <Button disabled={busy} onClick={onClose}>
          Закрыть черновик
        </Button>
      </div>
    </section>
  );
}
