/**
 * Builders of WorkbookGrid objects from readable tables, for the domain tests.
 *
 * Headers are written out here from spec/workbook.md (not taken from the engine's catalogue), so a
 * wrong header in the catalogue makes tests fail instead of agreeing with it.
 *
 * A list sheet is built from records keyed by canonical header; `null` in the record list is an
 * entirely empty worksheet row. Keys that are not canonical headers become extra (unknown) columns.
 */
import { rawDate, type RawCell, type SheetGrid, type WorkbookGrid } from "../../src/domain/grid";
import { dayFromIso, type DayNumber } from "../../src/domain/values/dates";

export { rawDate };
export type { RawCell };

/** One data row: canonical header (or any extra header) → cell. */
export type Rec = Readonly<Record<string, RawCell>>;

/** The reporting date of most tests, as in the samples. */
export const AS_OF = "2024-12-20";

/** The day number of an ISO date (throws on a typo, so tests never compare against null). */
export function day(iso: string): DayNumber {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad ISO date in test: ${iso}`);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Canonical headers (spec/workbook.md), in template order.

export const INFO_HEADERS = ["Показатель", "Значение"] as const;
export const SETTINGS_HEADERS = ["Параметр", "Значение"] as const;

export const MENTOR_HEADERS = [
  "ФИО",
  "Категория",
  "Должность",
  "Предмет / направление",
  "Педагогический стаж, лет",
  "Квалификационная категория",
  "Согласие",
  "Обучение по наставничеству",
  "Стимулирующая выплата",
  "Примечание",
] as const;

export const MENTEE_HEADERS = [
  "ФИО",
  "Категория",
  "Должность",
  "Предмет / направление",
  "Педагогический стаж, лет",
  "Возраст, лет",
  "Молодой специалист",
  "Профессиональные затруднения",
  "Закрепился в профессии",
  "Примечание",
] as const;

export const PAIR_HEADERS = [
  "№ пары/группы",
  "Наставник",
  "Наставляемый",
  "Форма наставничества",
  "Вид наставничества",
  "Дата начала",
  "Дата окончания (план)",
  "Дата окончания (факт)",
  "Статус",
  "Причина прекращения",
  "Приказ №",
  "Приказ от",
  "Персонализированная программа",
  "Оценка наставника",
  "Оценка наставляемого",
  "Результат",
] as const;

export const PLAN_HEADERS = [
  "№",
  "Этап",
  "Мероприятие",
  "Ответственный",
  "Срок",
  "Ожидаемый результат",
  "Статус",
  "Дата выполнения",
] as const;

// ---------------------------------------------------------------------------------------------
// Raw sheets

export interface GridOptions {
  /** Rows written above the header row (a title, a blank line…). */
  readonly titleRows?: readonly (readonly RawCell[])[];
  /** Worksheet row of the used range's first row (default 1). */
  readonly firstRow?: number;
  /** Worksheet column of the used range's first column (default 1 = A). */
  readonly firstCol?: number;
}

/** A sheet from a header row and data rows exactly as given (the grid a reader hands over). */
export function rawSheet(
  name: string,
  header: readonly RawCell[],
  rows: readonly (readonly RawCell[])[],
  opts: GridOptions = {},
): SheetGrid {
  return {
    name,
    firstRow: opts.firstRow ?? 1,
    firstCol: opts.firstCol ?? 1,
    rows: [...(opts.titleRows ?? []), header, ...rows],
  };
}

export interface ListSheetOptions extends GridOptions {
  /** The sheet's name in the file (default: the canonical name). */
  readonly name?: string;
  /** Header written in the file instead of the canonical one: { "ФИО": "Ф.И.О." }. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Explicit column order (canonical or extra headers); columns not listed are left out. */
  readonly columns?: readonly string[];
  /** Deterministic shuffle of the column order, with this seed. */
  readonly shuffle?: number;
}

/** A seeded permutation (mulberry32 + Fisher–Yates), so a failing shuffle can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A list sheet from records keyed by header; `null` records are empty worksheet rows. */
export function listSheet(
  canonicalName: string,
  canonicalHeaders: readonly string[],
  records: readonly (Rec | null)[],
  opts: ListSheetOptions = {},
): SheetGrid {
  const extra: string[] = [];
  for (const r of records) {
    for (const k of Object.keys(r ?? {}))
      if (!canonicalHeaders.includes(k) && !extra.includes(k)) extra.push(k);
  }
  let columns = opts.columns ? [...opts.columns] : [...canonicalHeaders, ...extra];
  if (opts.shuffle !== undefined) columns = shuffled(columns, opts.shuffle);
  const header = columns.map((c) => opts.aliases?.[c] ?? c);
  const rows = records.map((r) => columns.map((c) => (r === null ? null : (r[c] ?? null))));
  return rawSheet(opts.name ?? canonicalName, header, rows, opts);
}

/** A two-column sheet («Сведения», «Настройки») from label → value entries, in the given order. */
export function keyValueSheet(
  name: string,
  headers: readonly [string, string],
  entries: readonly (readonly [string, RawCell])[],
  opts: GridOptions = {},
): SheetGrid {
  return rawSheet(
    name,
    headers,
    entries.map(([k, v]) => [k, v]),
    opts,
  );
}

// ---------------------------------------------------------------------------------------------
// Realistic rows. Defaults make a clean row that raises no issue on 20.12.2024; tests override
// only the cells that matter to them.

export function mentor(fio: string, o: Rec = {}): Rec {
  return {
    ФИО: fio,
    Категория: "Педагог",
    Должность: "Учитель",
    "Предмет / направление": "Математика",
    "Педагогический стаж, лет": 18,
    "Квалификационная категория": "Высшая",
    Согласие: "да",
    "Обучение по наставничеству": "да",
    "Стимулирующая выплата": "нет",
    ...o,
  };
}

/** A young teacher by default: Педагог, стаж 1, «Молодой специалист» left empty (derived). */
export function mentee(fio: string, o: Rec = {}): Rec {
  return {
    ФИО: fio,
    Категория: "Педагог",
    Должность: "Учитель",
    "Предмет / направление": "Русский язык",
    "Педагогический стаж, лет": 1,
    "Возраст, лет": 24,
    ...o,
  };
}

export function student(fio: string, form: string, o: Rec = {}): Rec {
  return { ФИО: fio, Категория: "Обучающийся", Должность: form, "Возраст, лет": 14, ...o };
}

/** A running one-to-one «Учитель – учитель» pair fixed by an order, 02.09.2024 – 30.05.2025. */
export function pair(no: RawCell, mentorFio: string | null, menteeFio: string | null, o: Rec = {}): Rec {
  return {
    "№ пары/группы": no,
    Наставник: mentorFio,
    Наставляемый: menteeFio,
    "Форма наставничества": "Учитель – учитель",
    "Вид наставничества": "Традиционное (один на один)",
    "Дата начала": rawDate("2024-09-02"),
    "Дата окончания (план)": rawDate("2025-05-30"),
    Статус: "Действует",
    "Приказ №": "112-о",
    "Приказ от": rawDate("2024-08-30"),
    "Персонализированная программа": "да",
    ...o,
  };
}

export function planItem(event: string, o: Rec = {}): Rec {
  return {
    Этап: "Реализационный",
    Мероприятие: event,
    Ответственный: "Куратор",
    Срок: rawDate("2024-10-15"),
    Статус: "Выполнено",
    "Дата выполнения": rawDate("2024-10-15"),
    ...o,
  };
}

// ---------------------------------------------------------------------------------------------
// A whole school workbook

export const DEFAULT_INFO: readonly (readonly [string, RawCell])[] = [
  ["Код ОО", "ОО-17"],
  ["Наименование ОО", "МБОУ «СОШ № 17»"],
  ["Муниципалитет", "Городской округ Энск"],
  ["Учебный год", "2024/2025"],
  ["Отчётная дата", rawDate(AS_OF)],
  ["Численность педагогических работников", 40],
  ["Численность обучающихся", 600],
  ["Куратор", "Смирнова Ольга Викторовна"],
  ["Положение о наставничестве", "да"],
  ["Программа наставничества", "да"],
  ["Дорожная карта", "да"],
  ["Приказ о назначении наставников", "да"],
  ["Приказ о закреплении пар (групп)", "да"],
];

/** Marks an «Сведения» item to leave out entirely (no row), as opposed to `null` = empty value. */
export const ABSENT = Symbol("absent");

export interface SchoolData {
  /** Overrides of «Сведения» items by label; ABSENT removes the row. Unknown labels are appended. */
  readonly info?: Readonly<Record<string, RawCell | typeof ABSENT>>;
  /** «Настройки» entries; the sheet is written only when given. */
  readonly settings?: Readonly<Record<string, RawCell>>;
  readonly mentors?: readonly (Rec | null)[];
  readonly mentees?: readonly (Rec | null)[];
  readonly pairs?: readonly (Rec | null)[];
  readonly plan?: readonly (Rec | null)[];
}

type ListName = "Наставники" | "Наставляемые" | "Пары" | "План";

export interface SchoolOptions {
  readonly date1904?: boolean;
  /** Per-sheet layout: alias sheet name, title rows, header aliases, column order… */
  readonly layout?: Partial<Record<ListName | "Сведения" | "Настройки", ListSheetOptions>>;
  /** Sheets to leave out of the workbook (canonical names). */
  readonly omit?: readonly string[];
  /** Sheets appended after the template sheets (e.g. a «Мониторинг» or an alias duplicate). */
  readonly extraSheets?: readonly SheetGrid[];
}

export function infoEntries(info: SchoolData["info"] = {}): [string, RawCell][] {
  const entries: [string, RawCell][] = [];
  for (const [label, value] of DEFAULT_INFO) {
    const v = label in info ? info[label] : value;
    if (v !== ABSENT) entries.push([label, v as RawCell]);
  }
  for (const [label, v] of Object.entries(info)) {
    if (!DEFAULT_INFO.some(([l]) => l === label) && v !== ABSENT) entries.push([label, v as RawCell]);
  }
  return entries;
}

export function school(data: SchoolData, opts: SchoolOptions = {}): WorkbookGrid {
  const layout = opts.layout ?? {};
  const sheets: SheetGrid[] = [];
  const add = (name: string, make: () => SheetGrid) => {
    if (!opts.omit?.includes(name)) sheets.push(make());
  };
  add("Сведения", () =>
    keyValueSheet(layout.Сведения?.name ?? "Сведения", INFO_HEADERS, infoEntries(data.info), layout.Сведения),
  );
  if (data.settings) {
    const entries = Object.entries(data.settings);
    add("Настройки", () =>
      keyValueSheet(layout.Настройки?.name ?? "Настройки", SETTINGS_HEADERS, entries, layout.Настройки),
    );
  }
  add("Наставники", () => listSheet("Наставники", MENTOR_HEADERS, data.mentors ?? [], layout.Наставники));
  add("Наставляемые", () =>
    listSheet("Наставляемые", MENTEE_HEADERS, data.mentees ?? [], layout.Наставляемые),
  );
  add("Пары", () => listSheet("Пары", PAIR_HEADERS, data.pairs ?? [], layout.Пары));
  add("План", () => listSheet("План", PLAN_HEADERS, data.plan ?? [], layout.План));
  sheets.push(...(opts.extraSheets ?? []));
  return { sheets, date1904: opts.date1904 ?? false };
}

/**
 * Worksheet row of the n-th record (0-based) of a list sheet built with header at row 1 and no
 * title rows: records start at row 2. Spelled out so tests read «row 4» for the third record.
 */
export const rowOf = (index: number, titleRows = 0): number => index + 2 + titleRows;
