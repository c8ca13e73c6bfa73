import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useSectionStyles } from "../common/sectionStyles";
import { ruDateOf } from "../../../domain/values/dates";
import { useHostFeature } from "../../host/HostContext";
import type { ReportRun } from "../../hooks/useReport";
import { countOf } from "../../text/russian";

const KPIS = ["показатель", "показателя", "показателей"] as const;
const TABLES = ["таблица", "таблицы", "таблиц"] as const;
const CHARTS = ["диаграмма", "диаграммы", "диаграмм"] as const;

export function BuildSection({
  run,
  busy,
  onBuild,
}: {
  run: ReportRun;
  /** Another report action is running: one write at a time. */
  busy: boolean;
  onBuild: () => void;
}) {
  const styles = useSectionStyles();
  // An Excel before ExcelApi 1.9 writes the report without its print setup (the section says so).
  const printSetUp = useHostFeature("printSetup");
  const running = run.status === "running";
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        disabled={busy}
        onClick={onBuild}
        icon={running ? <Spinner size="tiny" aria-label="Строю отчёт" /> : undefined}
      >
        Построить отчёт
      </Button>
      {run.status === "done" && (
        <>
          <MessageBar intent="success" layout="multiline" aria-live="polite" data-testid="report-summary">
            <MessageBarBody>
              <MessageBarTitle>Отчёт построен</MessageBarTitle>
              <ul className={styles.list}>
                <li>
                  Лист «{run.sheet}» {run.replaced ? "перестроен" : "создан"} на {ruDateOf(run.asOf)}:{" "}
                  {countOf(run.kpis, KPIS)}, {countOf(run.tables, TABLES)}, {countOf(run.charts, CHARTS)}.
                </li>
                {printSetUp && <li>Печать: А4, альбомная, в ширину одной страницы.</li>}
                <li>ФИО участников в отчёт не попали.</li>
              </ul>
            </MessageBarBody>
          </MessageBar>
          {run.dataErrors > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                В книге есть ошибки ({run.dataErrors}): показатели посчитаны по тем данным, что удалось
                прочитать. Подробности — в разделе «Проверка».
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {run.status === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Отчёт не построен</MessageBarTitle>
            <div>{run.message}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
