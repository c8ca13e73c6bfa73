/**
 * What the add-in needs of Excel's JavaScript API, in one table: the manifest's minimum
 * (tests/manifest.test.ts holds manifest.xml to MIN_EXCEL_API), what works from that minimum on,
 * and each feature of a later requirement set with what the pane does without it. The Office
 * adapter gates its calls on these entries, the pane's sections say what is missing from them,
 * and docs/deployment.md's table is generated from them (tests/domain/hostFeatures.test.ts).
 *
 * ExcelApi 1.7 is where Office 2019's volume-licensed editions and Office 2016 for Mac (16.16)
 * stop. Facts per set: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 */
import type { HostInfo } from "./workbookPort";

/** The manifest's `<Set Name="ExcelApi" MinVersion=…>`: below it Office does not offer the add-in. */
export const MIN_EXCEL_API = "1.7";

/** The pane's sections (the ids of src/taskpane/App.tsx). */
export type PaneSectionId = "structure" | "checks" | "kpi" | "matching" | "report" | "consolidation";

export interface ApiUse {
  /** What the user gets from it, in Russian. */
  readonly title: string;
  /** The Office.js members it rests on. */
  readonly apis: readonly string[];
  /** The ExcelApi version they came with. */
  readonly version: string;
}

/** What works on every host the manifest admits (all within MIN_EXCEL_API). */
export const BASELINE: readonly ApiUse[] = [
  {
    title: "Чтение книги: листы, таблицы, значения и форматы ячеек",
    apis: [
      "Worksheet.getUsedRangeOrNullObject",
      "Table.getHeaderRowRange",
      "Range.values",
      "Range.numberFormat",
    ],
    version: "1.4",
  },
  {
    title: "Создание листов, таблиц и именованных списков; запись значений, форматов и оформления",
    apis: ["WorksheetCollection.add", "TableCollection.add", "NamedItemCollection.add", "Range.format"],
    version: "1.4",
  },
  {
    title: "Подсветка в листах проверки и отчёта (условное форматирование)",
    apis: ["Range.conditionalFormats"],
    version: "1.6",
  },
  { title: "Диаграммы отчёта и свода", apis: ["Worksheet.charts"], version: "1.1" },
  {
    title: "Закреплённая строка заголовков, цвет ярлыков листов",
    apis: ["Worksheet.freezePanes", "Worksheet.tabColor"],
    version: "1.7",
  },
];

export type HostFeatureId =
  | "dataValidation"
  | "quietWrites"
  | "chartNumberFormats"
  | "openWorkbook"
  | "liveChanges"
  | "printSetup"
  | "screenUpdating"
  | "hiddenRows"
  | "mergedCells";

export interface HostFeature extends ApiUse {
  readonly id: HostFeatureId;
  /** Sections that say, on a host without it, what is missing there. */
  readonly sections: readonly PaneSectionId[];
  /** What happens without it, and what the user does instead (Russian). */
  readonly without: string;
}

/** Features of sets later than MIN_EXCEL_API, each gated at run time. Ordered by version. */
export const HOST_FEATURES: readonly HostFeature[] = [
  {
    id: "dataValidation",
    title: "Выпадающие списки и проверка ввода в ячейках таблиц",
    apis: ["Range.dataValidation"],
    version: "1.8",
    sections: ["structure"],
    without: "структура создаётся без выпадающих списков и запретов; ошибки ввода находит «Проверка»",
  },
  {
    id: "quietWrites",
    title: "Отключение событий книги, пока панель записывает",
    apis: ["Runtime.enableEvents"],
    version: "1.8",
    sections: [],
    without: "не нужно: без слежения за правками (ExcelApi 1.9) записи панели ни на что не влияют",
  },
  {
    id: "chartNumberFormats",
    title: "Формат чисел в подписях и на осях диаграмм («37,5 %»)",
    apis: ["ChartDataLabels.numberFormat", "ChartAxis.numberFormat"],
    version: "1.8",
    sections: ["report"],
    without: "диаграммы строятся, подписи и оси — в формате Excel по умолчанию (доли — как 0,375)",
  },
  {
    id: "openWorkbook",
    title: "Открытие отчёта для отправки отдельной книгой",
    apis: ["Excel.createWorkbook"],
    version: "1.8",
    sections: ["report"],
    without: "файл отчёта предлагается скачать, его открывают в Excel сами",
  },
  {
    id: "liveChanges",
    title: "Слежение за правками: проверка при вводе, пометка устаревших показателей",
    apis: ["WorksheetCollection.onChanged"],
    version: "1.9",
    sections: ["checks", "kpi", "matching"],
    without: "после правок нажмите «Проверить» или «Обновить»",
  },
  {
    id: "printSetup",
    title: "Параметры печати листов проверки и отчёта (альбомный лист по ширине, повтор шапки)",
    apis: ["Worksheet.pageLayout"],
    version: "1.9",
    sections: ["checks", "report"],
    without: "перед печатью настройте страницу сами: «Разметка страницы» → «Параметры страницы»",
  },
  {
    id: "screenUpdating",
    title: "Запись больших листов без перерисовки экрана",
    apis: ["Application.suspendScreenUpdatingUntilNextSync"],
    version: "1.9",
    sections: [],
    without: "большие листы записываются дольше, результат тот же",
  },
  {
    id: "hiddenRows",
    title: "Скрытые строки и фильтр: скрытая строка не считается данными",
    apis: ["Range.getSpecialCellsOrNullObject", "AutoFilter.isDataFiltered"],
    version: "1.9",
    sections: ["checks", "kpi"],
    without:
      "скрытые строки считаются данными: удалите строки выбывших или проверьте файл командой nastavnik check",
  },
  {
    id: "mergedCells",
    title: "Объединённые ячейки в строках данных заполняются вниз",
    apis: ["Range.getMergedAreasOrNullObject"],
    version: "1.13",
    sections: ["checks", "kpi", "structure"],
    without:
      "значение объединённой ячейки относится только к её первой строке: разъедините ячейки и заполните значения",
  },
];

export function hostFeature(id: HostFeatureId): HostFeature {
  const feature = HOST_FEATURES.find((f) => f.id === id);
  if (!feature) throw new Error(`Unknown host feature ${id}`);
  return feature;
}

/** Whether the host has a feature; a host that cannot answer has none beyond the minimum. */
export function hasFeature(host: HostInfo, id: HostFeatureId): boolean {
  const { version } = hostFeature(id);
  try {
    return host.supports("ExcelApi", version);
  } catch {
    return false;
  }
}

/** The features a section lacks on this host, in table order; empty on a current Excel. */
export function missingFeatures(host: HostInfo, section: PaneSectionId): HostFeature[] {
  return HOST_FEATURES.filter((f) => f.sections.includes(section) && !hasFeature(host, f.id));
}
