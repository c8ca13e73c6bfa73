/**
 * Synthetic school workbooks (raw grids) of any size, for benchmarks: realistic shapes — text and
 * date cells, a few messy values — with deterministic pseudo-random content.
 */
import { rawDate, type RawCell, type SheetGrid, type WorkbookGrid } from "../src/domain/grid";
import { infoSheet } from "../src/domain/template/keyValue";
import { listSheet } from "../src/domain/template/sheets";
import { addMonths, dayFromYmd, isoOf } from "../src/domain/values/dates";

/** mulberry32: a tiny deterministic PRNG so runs are comparable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
];
const NAMES = ["Анна", "Мария", "Елена", "Ольга", "Ирина", "Сергей", "Андрей", "Дмитрий", "Наталья", "Павел"];
const PATRONYMICS = ["Петрович", "Ивановна", "Сергеевна", "Андреевич", "Николаевна", "Викторович"];
const SUBJECTS = ["Математика", "Физика", "Русский язык", "История", "Химия", "Биология", "Английский язык"];

export interface SchoolSize {
  readonly mentors: number;
  readonly mentees: number;
  readonly pairs: number;
}

function sheet(name: string, header: readonly string[], rows: RawCell[][]): SheetGrid {
  return { name, firstRow: 1, firstCol: 1, rows: [header.slice(), ...rows] };
}

export function syntheticSchool(
  index: number,
  size: SchoolSize,
  asOf = dayFromYmd(2024, 12, 20),
): WorkbookGrid {
  const rnd = prng(index + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  // Distinct full names: surname × name × patronymic, with a double-barrelled surname past 720.
  const fio = (i: number, offset: number) => {
    const k = i + offset;
    const surname = SURNAMES[k % 12] + (k >= 720 ? `-${SURNAMES[Math.floor(k / 720) % 12]}` : "");
    return `${surname} ${NAMES[Math.floor(k / 12) % 10]} ${PATRONYMICS[Math.floor(k / 120) % 6]}`;
  };
  const mentorNames = Array.from({ length: size.mentors }, (_, i) => fio(i, 0));
  const menteeNames = Array.from({ length: size.mentees }, (_, i) => fio(i, size.mentors));
  const y0 = dayFromYmd(2024, 9, 1);
  const cols = (id: "mentors" | "mentees" | "pairs" | "plan") => listSheet(id).columns.map((c) => c.header);

  const mentors = mentorNames.map((n, i): RawCell[] => [
    n,
    i % 10 === 0 ? "Руководитель ОО" : "Педагог",
    "Учитель",
    pick(SUBJECTS),
    Math.floor(5 + rnd() * 30),
    "Высшая",
    rnd() < 0.95 ? "да" : "нет",
    rnd() < 0.5 ? "да" : "нет",
    "нет",
    null,
  ]);
  const isStudent = menteeNames.map(() => rnd() < 0.3);
  const mentees = menteeNames.map((n, i): RawCell[] => {
    const student = isStudent[i];
    return [
      n,
      student ? "Обучающийся" : "Педагог",
      student ? "8А" : "Учитель",
      pick(SUBJECTS),
      student ? null : `${Math.floor(rnd() * 6)} года`,
      student ? 14 : 25,
      null,
      null,
      null,
      null,
    ];
  });
  const pairs = Array.from({ length: size.pairs }, (_, i): RawCell[] => {
    const start = y0 + Math.floor(rnd() * 90) - 30;
    const done = rnd() < 0.1;
    const mentee = i % menteeNames.length;
    // A mentee's second pair keeps the same mentor, as in real schools.
    return [
      String(i + 1),
      mentorNames[mentee % mentorNames.length],
      menteeNames[mentee],
      isStudent[mentee] ? "Учитель – ученик" : "Учитель – учитель",
      "Традиционное (один на один)",
      rnd() < 0.5 ? rawDate(isoOf(start)) : isoOf(start).split("-").reverse().join("."),
      rawDate(isoOf(addMonths(start, 9))),
      done ? rawDate(isoOf(start + 60)) : null,
      done ? "Завершена" : "Действует",
      null,
      `${i}-о`,
      rawDate(isoOf(start - 2)),
      "да",
      done ? 9 : null,
      done ? 8 : null,
      null,
    ];
  });
  const plan = Array.from({ length: 8 }, (_, i): RawCell[] => [
    String(i + 1),
    "Реализационный",
    `Мероприятие ${i + 1}`,
    "Куратор",
    rawDate(isoOf(y0 + i * 30)),
    null,
    i < 3 ? "Выполнено" : "Запланировано",
    i < 3 ? rawDate(isoOf(y0 + i * 30)) : null,
  ]);
  const info: RawCell[][] = [
    ["Код ОО", `ОО-${index}`],
    ["Наименование ОО", `Школа № ${index}`],
    ["Муниципалитет", "Синтетический район"],
    ["Учебный год", "2024/2025"],
    ["Отчётная дата", rawDate(isoOf(asOf))],
    ["Численность педагогических работников", 60],
    ["Численность обучающихся", 800],
  ];
  return {
    date1904: false,
    sheets: [
      sheet(infoSheet.name, [infoSheet.labelHeader, infoSheet.valueHeader], info),
      sheet("Наставники", cols("mentors"), mentors),
      sheet("Наставляемые", cols("mentees"), mentees),
      sheet("Пары", cols("pairs"), pairs),
      sheet("План", cols("plan"), plan),
    ],
  };
}
