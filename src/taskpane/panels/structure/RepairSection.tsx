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
import { templateSheetNames } from "../../../domain/structure/templatePlan";
import type { StructureRun } from "../../hooks/useStructure";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
});

export interface RepairSectionProps {
  /** Whether a template sheet is already there (null while the workbook is being read). */
  readonly hasStructure: boolean | null;
  readonly run: StructureRun;
  readonly onStart: () => void;
  /** Sheets «Перенести лист» offers; an untouched sheet among them gets a shortcut to it. */
  readonly adoptable: readonly string[];
  readonly onAdoptSheet: (sheet: string) => void;
}

const quoted = (names: readonly string[]) => names.map((n) => `«${n}»`).join(", ");

export function RepairSection({ hasStructure, run, onStart, adoptable, onAdoptSheet }: RepairSectionProps) {
  const styles = useStyles();
  const running = run.status === "running";
  const label = hasStructure ? "Проверить и восстановить структуру" : "Создать структуру";

  return (
    <section className={styles.root} aria-labelledby="structure-heading">
      <Subtitle2 as="h2" id="structure-heading" className={styles.heading}>
        Структура книги
      </Subtitle2>
      <Text as="p" block>
        {hasStructure
          ? "Вернёт недостающие листы, столбцы, выпадающие списки и проверки ввода. Все введённые данные и добавленные вами столбцы сохранятся."
          : `Добавит в книгу листы ${quoted(templateSheetNames)} с таблицами, выпадающими списками и проверками ввода.`}
      </Text>
      <Button
        className={styles.button}
        appearance="primary"
        disabled={running}
        onClick={onStart}
        icon={running ? <Spinner size="tiny" aria-label="Выполняется" /> : undefined}
      >
        {label}
      </Button>
      {run.status === "done" && <RunSummary run={run} adoptable={adoptable} onAdoptSheet={onAdoptSheet} />}
      {run.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Не удалось создать или восстановить структуру</MessageBarTitle>
            <div>{run.message}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function RunSummary({
  run,
  adoptable,
  onAdoptSheet,
}: {
  run: Extract<StructureRun, { status: "done" }>;
  adoptable: readonly string[];
  onAdoptSheet: (sheet: string) => void;
}) {
  const styles = useStyles();
  const done = run.summary;
  const warnings = run.notes;
  const toAdopt = run.toAdopt.filter((name) => adoptable.includes(name));

  return (
    <>
      <MessageBar intent="success" layout="multiline" aria-live="polite">
        <MessageBarBody>
          <MessageBarTitle>
            {run.created ? "Структура создана" : "Структура проверена и восстановлена"}
          </MessageBarTitle>
          <ul className={styles.list} aria-label="Что сделано">
            {done.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Оставлены без изменений</MessageBarTitle>
            <ul className={styles.list} aria-label="Оставлены без изменений">
              {warnings.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {toAdopt.length > 0 && (
              <div className={styles.actions}>
                {toAdopt.map((name) => (
                  <Button key={name} size="small" onClick={() => onAdoptSheet(name)}>
                    Перенести «{name}»
                  </Button>
                ))}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
