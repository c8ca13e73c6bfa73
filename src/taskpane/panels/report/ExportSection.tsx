import {
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ruDateOf } from "../../../domain/values/dates";
import type { ExportRun } from "../../hooks/useReportExport";

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
  button: { alignSelf: "flex-start", maxWidth: "100%", textAlign: "left" },
  muted: { color: tokens.colorNeutralForeground3 },
  line: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

export function ExportSection({
  run,
  busy,
  onExport,
}: {
  run: ExportRun;
  busy: boolean;
  onExport: () => void;
}) {
  const styles = useStyles();
  const running = run.status === "running";
  return (
    <section className={styles.root} aria-labelledby="report-export-heading">
      <Subtitle2 as="h2" id="report-export-heading" className={styles.heading}>
        Для вышестоящей организации
      </Subtitle2>
      <Text as="p" block>
        Новая книга с отчётом и листом «Данные отчёта»: сведения об ОО, числители и знаменатели всех
        показателей в постоянном формате. Муниципалитет сводит такие файлы, не получая персональных данных.
      </Text>
      <Button
        className={styles.button}
        disabled={busy}
        onClick={onExport}
        icon={running ? <Spinner size="tiny" aria-label="Готовлю файл" /> : undefined}
      >
        Экспорт для вышестоящей организации
      </Button>
      <Caption1 as="p" block className={styles.muted}>
        В файле — лист «Мониторинг» с таблицами и диаграммами, готовый к печати на А4, и «Данные отчёта» для
        свода.
      </Caption1>
      <ExportOutcome run={run} />
    </section>
  );
}

function ExportOutcome({ run }: { run: ExportRun }) {
  const styles = useStyles();
  const errors = "dataErrors" in run && run.dataErrors > 0 && (
    <div className={styles.line}>
      В книге есть ошибки ({run.dataErrors}): показатели посчитаны по тем данным, что удалось прочитать.
    </div>
  );
  switch (run.status) {
    case "opened":
      return (
        <MessageBar intent="success" layout="multiline" aria-live="polite" data-testid="report-export">
          <MessageBarBody>
            <MessageBarTitle>Отчёт открыт в новой книге</MessageBarTitle>
            <div>
              Отчёт на {ruDateOf(run.asOf)}. Сохраните новую книгу, например как «{run.fileName}», и отправьте
              её в муниципалитет.
            </div>
            {errors}
          </MessageBarBody>
        </MessageBar>
      );
    case "offered":
      return (
        <MessageBar intent="warning" layout="multiline" aria-live="polite" data-testid="report-export">
          <MessageBarBody>
            <MessageBarTitle>
              {run.failure === null
                ? "Эта версия Excel не умеет открывать новую книгу из надстройки"
                : "Excel не открыл новую книгу"}
            </MessageBarTitle>
            {run.failure !== null && <div>{run.failure}</div>}
            <div className={styles.line}>
              Файл отчёта на {ruDateOf(run.asOf)} готов — скачайте его и отправьте в муниципалитет:
            </div>
            <div className={styles.line}>
              <Link href={run.url} download={run.fileName}>
                скачать «{run.fileName}»
              </Link>
            </div>
            {errors}
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Экспорт не выполнен</MessageBarTitle>
            <div>{run.message}</div>
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
