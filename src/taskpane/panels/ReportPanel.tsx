import { ComingSoon } from "./ComingSoon";

/** «Отчёт»: a placeholder until the report issue replaces this component. */
export function ReportPanel() {
  return (
    <ComingSoon purpose="Здесь можно будет одной кнопкой построить лист «Мониторинг» с таблицами и диаграммами для отчёта о наставничестве." />
  );
}
