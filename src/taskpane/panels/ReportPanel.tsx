/**
 * «Отчёт»: build the depersonalised «Мониторинг» sheet in the school's workbook on an as-of date,
 * and export the report with «Данные отчёта» as a new workbook for the municipality. The panel only
 * renders; the hooks talk to the port.
 */
import { Divider, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useReport } from "../hooks/useReport";
import { useReportDate } from "../hooks/useReportDate";
import { useReportExport } from "../hooks/useReportExport";
import type { PanelProps } from "./panelProps";
import { BuildSection } from "./report/BuildSection";
import { ExportSection } from "./report/ExportSection";
import { ReportDateField } from "./report/ReportDateField";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
});

export function ReportPanel(_props: PanelProps) {
  const styles = useStyles();
  const date = useReportDate();
  const report = useReport(date.noteReportDate);
  const exporting = useReportExport(date.noteReportDate);
  // One action at a time: both read the workbook, and a build writes to it.
  const busy = report.run.status === "running" || exporting.run.status === "running";

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="report-heading">
        <Subtitle2 as="h2" id="report-heading" className={styles.heading}>
          Отчёт
        </Subtitle2>
        <Text as="p" block>
          Лист «Мониторинг» на отчётную дату: показатели, разбивки и диаграммы, готовые к печати. ФИО
          участников в отчёт не попадают; новый отчёт заменяет прежний лист.
        </Text>
        <ReportDateField date={date} disabled={busy} />
        <BuildSection run={report.run} busy={busy} onBuild={() => void report.build(date.picked)} />
      </section>
      <Divider />
      <ExportSection run={exporting.run} busy={busy} onExport={() => void exporting.start(date.picked)} />
    </div>
  );
}
