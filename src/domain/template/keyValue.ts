/**
 * «Сведения» and «Настройки»: two-column sheets of named items. Items are found by their label
 * (header normalisation), in any order.
 */
import type { ColumnType, UnitGroup } from "./columns";

export interface ItemSpec {
  readonly key: string;
  readonly label: string;
  readonly type: ColumnType | { readonly kind: "schoolYear" };
  readonly required: boolean;
  readonly hint: string;
  /** Other labels of the item accepted on input (workbook.md, «Сведения»). */
  readonly aliases: readonly string[];
  /** The cell's prompt title (Excel shows at most 32 characters) when the label is longer. */
  readonly title?: string;
}

export interface KeyValueSheetSpec {
  readonly id: "info" | "settings";
  readonly name: string;
  readonly table: string;
  readonly aliases: readonly string[];
  readonly labelHeader: string;
  readonly valueHeader: string;
  /** Alternative headers of the two columns. */
  readonly labelAliases: readonly string[];
  readonly valueAliases: readonly string[];
  readonly items: readonly ItemSpec[];
}

const item = (
  key: string,
  label: string,
  type: ItemSpec["type"],
  required = false,
  hint = "",
  aliases: readonly string[] = [],
): ItemSpec => ({ key, label, type, required, hint, aliases });
const count = { kind: "number", min: 0, max: 10_000_000, integer: true, unit: "count" } as const;
const documentItem = (key: string, label: string) => item(key, label, { kind: "yesno", documentRef: true });

/** The five documents counted by the `documents` KPI, in catalogue order. */
export const documentKeys = [
  "docRegulation",
  "docProgram",
  "docRoadmap",
  "docMentorsOrder",
  "docPairsOrder",
] as const;

export const infoSheet: KeyValueSheetSpec = {
  id: "info",
  name: "Сведения",
  table: "OrgInfo",
  aliases: ["Сведения об ОО"],
  labelHeader: "Показатель",
  valueHeader: "Значение",
  labelAliases: ["Наименование показателя", "Наименование", "Параметр"],
  valueAliases: ["Значение показателя"],
  items: [
    item(
      "code",
      "Код ОО",
      { kind: "text" },
      true,
      "Код образовательной организации, уникальный в муниципалитете",
    ),
    item("name", "Наименование ОО", { kind: "text" }, true),
    item("municipality", "Муниципалитет", { kind: "text" }, true),
    item("schoolYear", "Учебный год", { kind: "schoolYear" }, true, "В виде ГГГГ/ГГГГ, например 2024/2025"),
    item(
      "asOf",
      "Отчётная дата",
      { kind: "date", readings: {} },
      true,
      "Дата, на которую считаются показатели",
    ),
    item("teachers", "Численность педагогических работников", count, true, "Целое число", [
      "Общая численность педагогических работников",
      "Педагогических работников",
    ]),
    item("students", "Численность обучающихся", count, false, "Целое число", [
      "Общая численность обучающихся",
    ]),
    item(
      "students10",
      "Численность обучающихся в возрасте от 10 лет",
      count,
      false,
      "Целое число; если указано, доля вовлечённых обучающихся считается от него",
      ["Обучающихся в возрасте от 10 лет", "Численность обучающихся от 10 лет"],
    ),
    item("curator", "Куратор", { kind: "text" }),
    documentItem("docRegulation", "Положение о наставничестве"),
    documentItem("docProgram", "Программа наставничества"),
    documentItem("docRoadmap", "Дорожная карта"),
    documentItem("docMentorsOrder", "Приказ о назначении наставников"),
    documentItem("docPairsOrder", "Приказ о закреплении пар (групп)"),
  ],
};

export interface SettingSpec {
  readonly key: SettingKey;
  readonly label: string;
  readonly kind: "number" | "percent" | "yesno";
  readonly default: number | boolean;
  readonly min: number;
  readonly max: number;
  /** The units a value may carry (workbook.md, "Numbers"); a trailing «%» is allowed on every row. */
  readonly unit: UnitGroup;
}

export type SettingKey =
  | "youngMaxExperience"
  | "youngMaxAge"
  | "useAge"
  | "maxMenteesPerMentor"
  | "minProgramMonths"
  | "maxProgramMonths"
  | "targetYoungMentored"
  | "targetTeachersInvolved"
  | "targetStudentsInvolved"
  | "matchWeightSubject"
  | "matchWeightCategory"
  | "matchWeightCapacity"
  | "matchWeightExperience"
  | "matchWeightQualification"
  | "matchWeightTraining";

const setting = (
  key: SettingKey,
  label: string,
  kind: SettingSpec["kind"],
  dflt: number | boolean,
  min = 0,
  max = 100,
  unit: UnitGroup = kind === "percent" ? "percent" : "none",
): SettingSpec => ({ key, label, kind, default: dflt, min, max, unit });

export const settingsCatalogue: readonly SettingSpec[] = [
  setting("youngMaxExperience", "Молодой специалист: стаж не более, лет", "number", 3, 0, 60, "years"),
  setting("youngMaxAge", "Молодой специалист: возраст не более, лет", "number", 35, 10, 80, "years"),
  setting("useAge", "Учитывать возраст", "yesno", false),
  setting("maxMenteesPerMentor", "Наставляемых на одного наставника не более", "number", 3, 1, 1000),
  setting("minProgramMonths", "Срок программы не менее, мес.", "number", 3, 0, 120, "months"),
  setting("maxProgramMonths", "Срок программы не более, мес.", "number", 12, 0, 120, "months"),
  setting("targetYoungMentored", "Целевое значение: молодые педагоги с наставником, %", "percent", 70),
  setting("targetTeachersInvolved", "Целевое значение: вовлечённость педагогов, %", "percent", 70),
  setting("targetStudentsInvolved", "Целевое значение: вовлечённость обучающихся, %", "percent", 70),
  // «Подбор» (mentor matching): relative weights 0–10 of the criteria. The subject counts most
  // because a same-subject mentor can visit and co-plan lessons; the defaults sum to 10.
  setting("matchWeightSubject", "Подбор: вес предмета", "number", 3, 0, 10),
  setting("matchWeightCategory", "Подбор: вес категории", "number", 2, 0, 10),
  setting("matchWeightCapacity", "Подбор: вес свободных мест", "number", 1, 0, 10),
  setting("matchWeightExperience", "Подбор: вес стажа", "number", 2, 0, 10),
  setting("matchWeightQualification", "Подбор: вес квалификации", "number", 1, 0, 10),
  setting("matchWeightTraining", "Подбор: вес обучения", "number", 1, 0, 10),
];

/**
 * Prompt titles of the settings whose labels are longer than Excel's 32 characters: cut there, the
 * two coverage targets read alike («Целевое значение: вовлечённость …»).
 */
const settingTitles: Partial<Record<SettingKey, string>> = {
  youngMaxExperience: "Стаж молодого специалиста, лет",
  youngMaxAge: "Возраст молодого специалиста",
  maxMenteesPerMentor: "Наставляемых на наставника",
  targetYoungMentored: "Цель: молодые с наставником, %",
  targetTeachersInvolved: "Цель: охват педагогов, %",
  targetStudentsInvolved: "Цель: охват обучающихся, %",
};

export const settingsSheet: KeyValueSheetSpec = {
  id: "settings",
  name: "Настройки",
  table: "Settings",
  aliases: [],
  labelHeader: "Параметр",
  valueHeader: "Значение",
  labelAliases: ["Показатель", "Наименование показателя", "Наименование"],
  valueAliases: [],
  items: settingsCatalogue.map((s) => ({
    ...item(
      s.key,
      s.label,
      s.kind === "yesno"
        ? { kind: "yesno" }
        : { kind: "number", min: s.min, max: s.max, integer: false, unit: s.unit },
    ),
    ...(settingTitles[s.key] ? { title: settingTitles[s.key] } : {}),
  })),
};

export type Settings = { readonly [K in SettingKey]: K extends "useAge" ? boolean : number };

export const defaultSettings: Settings = Object.fromEntries(
  settingsCatalogue.map((s) => [s.key, s.default]),
) as unknown as Settings;
