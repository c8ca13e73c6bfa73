/**
 * Typed records of the list sheets, as rules and KPIs use them. A field is undefined when its
 * cell is empty or unreadable; `src` keeps the row as read, for cell-level checks and addresses.
 */
import type {
  MenteeCategory,
  MentorCategory,
  PairForm,
  PairKind,
  PairStatus,
  PlanStage,
  PlanStatus,
} from "../template/enums";
import type { DayNumber } from "../values/dates";
import type { RowRead } from "./sheetRead";

export interface PersonBase {
  readonly row: number;
  readonly src: RowRead;
  /** ФИО as written (cleaned); undefined when empty. */
  readonly name: string | undefined;
  /** ФИО key (workbook.md); undefined when the name is empty. */
  readonly key: string | undefined;
  readonly subject: string | undefined;
  readonly experience: number | undefined;
}

export interface Mentor extends PersonBase {
  readonly category: MentorCategory | undefined;
  readonly position: string | undefined;
  readonly qualification: string | undefined;
  readonly consent: boolean | undefined;
  readonly trained: boolean | undefined;
  readonly rewarded: boolean | undefined;
}

export interface Mentee extends PersonBase {
  readonly category: MenteeCategory | undefined;
  readonly position: string | undefined;
  /** «Возраст, лет» as read (any number; "Age at D" uses it only within 5–80). */
  readonly age: number | undefined;
  /** «Дата рождения» (a year alone reads 01.01 of that year). */
  readonly birthDate: DayNumber | undefined;
  readonly young: boolean | undefined;
  /** «Молодой специалист» holds something that is neither да/нет nor empty (F002). */
  readonly youngUnreadable: boolean;
  readonly retained: boolean | undefined;
}

export interface Pair {
  readonly row: number;
  readonly src: RowRead;
  /** № пары/группы as trimmed text; undefined when empty. */
  readonly no: string | undefined;
  readonly mentorName: string | undefined;
  readonly mentorKey: string | undefined;
  readonly menteeName: string | undefined;
  readonly menteeKey: string | undefined;
  readonly form: PairForm | undefined;
  readonly kind: PairKind | undefined;
  readonly start: DayNumber | undefined;
  readonly plannedEnd: DayNumber | undefined;
  readonly actualEnd: DayNumber | undefined;
  readonly status: PairStatus | undefined;
  readonly reason: string | undefined;
  readonly orderNo: string | undefined;
  readonly orderDate: DayNumber | undefined;
  readonly program: boolean | undefined;
  readonly mentorScore: number | undefined;
  readonly menteeScore: number | undefined;
}

export interface PlanItem {
  readonly row: number;
  readonly src: RowRead;
  readonly stage: PlanStage | undefined;
  readonly event: string | undefined;
  readonly due: DayNumber | undefined;
  readonly status: PlanStatus | undefined;
  readonly doneDate: DayNumber | undefined;
}

/** One item of «Сведения» or «Настройки» as found on the sheet. */
export interface ItemRead {
  readonly key: string;
  readonly row: number;
  readonly col: number;
  readonly raw: import("../grid").RawCell;
}

export interface OrgInfo {
  /** Sheet name in the file, null when the sheet is missing. */
  readonly nameInFile: string | null;
  readonly items: ReadonlyMap<string, ItemRead>;
  readonly code: string | undefined;
  readonly name: string | undefined;
  readonly municipality: string | undefined;
  readonly schoolYear: string | undefined;
  /** First calendar year of «Учебный год» when it is one of the spellings of workbook.md. */
  readonly schoolYearFirst: number | undefined;
  readonly asOf: DayNumber | undefined;
  /** Counts of «Сведения»: readable integers ≥ 0, else undefined. */
  readonly teachers: number | undefined;
  readonly students: number | undefined;
  /** «Численность обучающихся в возрасте от 10 лет». */
  readonly students10: number | undefined;
  /** The five documents of `documents`, in catalogue order: true = да. */
  readonly documents: readonly (boolean | undefined)[];
}
