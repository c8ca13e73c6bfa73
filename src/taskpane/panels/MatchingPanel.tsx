/**
 * «Подбор»: mentees without a mentor on the reporting date, young specialists first, each with
 * the best mentors of the school, the score and its reasons; «Назначить» writes one «Планируется»
 * row on «Пары», «Подобрать всем» drafts one optimal assignment of them all to edit and write.
 * The engine is the domain's (`src/domain/matching`), the same as `nastavnik match`.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMatching } from "../hooks/useMatching";
import { useSelectCell } from "../hooks/useSelectCell";
import { DraftSection } from "./matching/DraftSection";
import { SuggestionList } from "./matching/SuggestionList";
import { WriteResult } from "./matching/WriteResult";
import type { PanelProps } from "./panelProps";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export function MatchingPanel({ onWorkbookChanged }: PanelProps) {
  const styles = useStyles();
  const m = useMatching(onWorkbookChanged);
  const cell = useSelectCell();
  const writing = m.run.status === "running";
  const view = m.matching?.status === "ready" ? m.matching.view : null;
  const canPlan = view !== null && view.mentees.some((x) => x.candidates.length > 0);

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        Подбор
      </Subtitle2>
      <Text as="p" block>
        Лучшие наставники для тех, у кого нет действующей пары: предмет, категория, свободные места, стаж,
        квалификация и обучение. Назначенные пары записываются на лист «Пары» со статусом «Планируется».
      </Text>

      <div className={styles.controls}>
        <Button
          onClick={m.refresh}
          disabled={m.loading || writing}
          icon={m.loading ? <Spinner size="tiny" aria-label="Читаю книгу" /> : undefined}
        >
          Обновить
        </Button>
        {view && m.draft === null && (
          <Button appearance="primary" onClick={m.planAll} disabled={!canPlan || writing || m.loading}>
            Подобрать всем
          </Button>
        )}
      </div>

      {m.stale && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Книга изменилась после подбора. Нажмите «Обновить», чтобы подобрать заново.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={m.refresh} disabled={writing}>
              Обновить
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {m.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Не удалось прочитать книгу</MessageBarTitle>
            <div>{m.error}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {cell.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{cell.error}</MessageBarBody>
        </MessageBar>
      )}
      {/* With the draft open, the result of writing it shows by its button. */}
      {m.draft === null && <WriteResult run={m.run} />}

      {m.matching === null && m.loading && <Spinner size="small" label="Подбираю наставников…" />}
      {m.matching?.status === "unavailable" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Подбор невозможен</MessageBarTitle>
            <div>{m.matching.message}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {m.draft ? (
        <DraftSection
          draft={m.draft}
          run={m.run}
          busy={writing}
          onChoose={m.choose}
          onWrite={m.writeDraft}
          onClose={m.closeDraft}
          onSelect={cell.select}
        />
      ) : (
        view && <SuggestionList view={view} busy={writing} onSelect={cell.select} onAssign={m.assign} />
      )}
    </div>
  );
}
