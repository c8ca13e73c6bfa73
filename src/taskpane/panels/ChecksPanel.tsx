/**
 * «Проверка»: validate the whole workbook, write the list to the «Проверка» sheet and mark the
 * problem cells; then keep the list up to date while the methodist fixes them. The panel renders;
 * `useChecks` talks to the port.
 */
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { countBySeverity, type Severity } from "../../domain/issues";
import { ruDateOf } from "../../domain/values/dates";
import { useChecks, type CheckedList } from "../hooks/useChecks";
import { useSelectCell } from "../hooks/useSelectCell";
import { countsText, IssueGroups } from "./checks/IssueGroups";
import { IssueFilters } from "./checks/IssueFilters";
import { groupIssues, SEVERITIES, sheetsOf, YOUNG_WITHOUT_MENTOR } from "./checks/issueGroups";
import { YoungWithoutMentor } from "./checks/YoungWithoutMentor";
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
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  pending: { justifyContent: "flex-start" },
});

export interface ChecksPanelProps extends PanelProps {
  /** Pause after the user's last edit before the live re-check (tests shorten it). */
  readonly liveDelayMs?: number;
}

export function ChecksPanel({ liveDelayMs }: ChecksPanelProps) {
  const styles = useStyles();
  const checks = useChecks(liveDelayMs);
  const cell = useSelectCell();
  const { list } = checks;

  return (
    <div className={styles.root}>
      <section className={styles.intro} aria-labelledby="checks-heading">
        <Subtitle2 as="h2" id="checks-heading" className={styles.heading}>
          Проверка книги
        </Subtitle2>
        <Text as="p" block>
          Проверит все листы по правилам программы, запишет список проблем на лист «Проверка» и отметит
          проблемные ячейки цветом. Ваши данные и оформление не меняются.
        </Text>
        <Button
          className={styles.button}
          appearance="primary"
          disabled={checks.running}
          onClick={() => void checks.check()}
          icon={checks.running ? <Spinner size="tiny" aria-label="Выполняется" /> : undefined}
        >
          Проверить
        </Button>
        <Switch
          checked={checks.live}
          onChange={(_event, data) => checks.setLive(data.checked)}
          label="Обновлять список после правок"
        />
        {checks.live && (
          <Caption1 className={styles.muted}>
            Лист «Проверка» и отметки обновятся по кнопке «Проверить».
          </Caption1>
        )}
      </section>

      {checks.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Проверка не выполнена</MessageBarTitle>
            <div>{checks.error}</div>
          </MessageBarBody>
        </MessageBar>
      )}

      {list && (
        <CheckResult
          list={list}
          livePending={checks.livePending}
          liveError={checks.liveError}
          onSelect={cell.select}
          selectError={cell.error}
        />
      )}
    </div>
  );
}

function CheckResult({
  list,
  livePending,
  liveError,
  onSelect,
  selectError,
}: {
  list: CheckedList;
  livePending: boolean;
  liveError: string | null;
  onSelect: ReturnType<typeof useSelectCell>["select"];
  selectError: string | null;
}) {
  const styles = useStyles();
  const { result } = list;
  const issues = result.issues;
  const totals = useMemo(() => countBySeverity(issues), [issues]);
  const young = useMemo(() => issues.filter((i) => i.code === YOUNG_WITHOUT_MENTOR), [issues]);
  const sheets = useMemo(() => sheetsOf(issues), [issues]);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [sheetChoice, setSheet] = useState<string | null>(null);
  // A sheet chosen before a re-check that left it without issues no longer filters anything out.
  const sheet = sheets.some((s) => s.key === sheetChoice) ? sheetChoice : null;
  const groups = useMemo(() => groupIssues(issues, { severities, sheet }), [issues, severities, sheet]);

  const toggleSeverity = (s: Severity) =>
    setSeverities((was) => {
      const next = new Set(was);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });

  return (
    <>
      <div className={styles.summary} role="status" aria-live="polite" data-testid="checks-summary">
        <Text weight="semibold">
          {issues.length === 0 ? "Проблем не найдено." : `Найдено: ${countsText(totals)}.`}
        </Text>
        <Caption1 className={styles.muted}>
          {result.asOf === null
            ? "Отчётная дата не указана: правила, которые зависят от даты, не проверялись."
            : `На отчётную дату ${ruDateOf(result.asOf)}.`}{" "}
          {list.source === "live"
            ? "Список обновлён после ваших правок; лист «Проверка» и отметки — по кнопке «Проверить»."
            : list.writeError === null
              ? "Лист «Проверка» обновлён, ячейки с ошибками и предупреждениями отмечены цветом."
              : ""}
        </Caption1>
        {livePending && (
          <Spinner
            size="extra-tiny"
            labelPosition="after"
            label="Обновляю список…"
            className={styles.pending}
          />
        )}
      </div>

      {list.writeError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Лист «Проверка» и отметки не записаны</MessageBarTitle>
            <div>Список ниже верен. {list.writeError}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {liveError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Список не обновился после правки</MessageBarTitle>
            <div>{liveError} Нажмите «Проверить».</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {selectError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}

      <YoungWithoutMentor result={result} issues={young} onSelect={onSelect} />

      {issues.length > 0 && (
        <>
          <IssueFilters
            totals={totals}
            severities={severities}
            onToggleSeverity={toggleSeverity}
            sheets={sheets}
            sheet={sheet}
            onSheet={setSheet}
          />
          {groups.length > 0 ? (
            <IssueGroups groups={groups} onSelect={onSelect} />
          ) : (
            <Text className={styles.muted}>Нет проблем, подходящих под выбранные фильтры.</Text>
          )}
        </>
      )}
    </>
  );
}
