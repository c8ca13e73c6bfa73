import { ComingSoon } from "./ComingSoon";

/** «Показатели»: a placeholder until the KPI issue replaces this component. */
export function KpiPanel() {
  return (
    <ComingSoon purpose="Здесь появятся показатели целевой модели наставничества на отчётную дату: охват молодых специалистов, вовлечённость педагогов и обучающихся, нагрузка на наставников." />
  );
}
