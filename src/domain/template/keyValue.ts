/**
 * «Сведения» and «Настройки»: two-column sheets of named items. Items are found by their label
 * (header normalisation), in any order.
 */
import type { ColumnType } from "./columns";

export interface ItemSpec {
  readonly key: string;
  readonly label: string;
  readonly type: ColumnType | { readonly kind: "schoolYear" };
  readonly required: boolean;
  readonly hint: string;
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
  readonly items: readonly ItemSpec[];
}

const item = (key: string, label: string, type: ItemSpec["type"], required = false, hint = ""): ItemSpec => ({
  key,
  label,
  type,
  required,
  hint,
});
const count = { kind: "number", min: 0, max: 10_000_000, integer: true } as const;

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
    item("asOf", "Отчётная дата", { kind: "date" }, true, "Дата, на которую считаются показатели"),
    item("teachers", "Численность педагогических работников", count, true, "Целое число"),
    item("students", "Численность обучающихся", count, false, "Целое число"),
    item("curator", "Куратор", { kind: "text" }),
    item("docRegulation", "Положение о наставничестве", { kind: "yesno" }),
    item("docProgram", "Программа наставничества", { kind: "yesno" }),
    item("docRoadmap", "Дорожная карта", { kind: "yesno" }),
    item("docMentorsOrder", "Приказ о назначении наставников", { kind: "yesno" }),
    item("docPairsOrder", "Приказ о закреплении пар (групп)", { kind: "yesno" }),
  ],
};

export interface SettingSpec {
  readonly key: SettingKey;
  readonly label: string;
  readonly kind: "number" | "percent" | "yesno";
  readonly default: number | boolean;
  readonly min: number;
  readonly max: number;
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
): SettingSpec => ({ key, label, kind, default: dflt, min, max });

export const settingsCatalogue: readonly SettingSpec[] = [
  setting("youngMaxExperience", "Молодой специалист: стаж не более, лет", "number", 3, 0, 60),
  setting("youngMaxAge", "Молодой специалист: возраст не более, лет", "number", 35, 10, 80),
  setting("useAge", "Учитывать возраст", "yesno", false),
  setting("maxMenteesPerMentor", "Наставляемых на одного наставника не более", "number", 3, 1, 1000),
  setting("minProgramMonths", "Срок программы не менее, мес.", "number", 3, 0, 120),
  setting("maxProgramMonths", "Срок программы не более, мес.", "number", 12, 0, 120),
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
  items: settingsCatalogue.map((s) => ({
    ...item(
      s.key,
      s.label,
      s.kind === "yesno" ? { kind: "yesno" } : { kind: "number", min: s.min, max: s.max, integer: false },
    ),
    ...(settingTitles[s.key] ? { title: settingTitles[s.key] } : {}),
  })),
};

export type Settings = { readonly [K in SettingKey]: K extends "useAge" ? boolean : number };

export const defaultSettings: Settings = Object.fromEntries(
  settingsCatalogue.map((s) => [s.key, s.default]),
) as unknown as Settings;
