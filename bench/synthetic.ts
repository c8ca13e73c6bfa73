/**
 * Synthetic school workbooks (raw grids) of any size, for benchmarks: realistic shapes — text and
 * date cells, a few messy values — with deterministic pseudo-random content.
 */
import { type CellRect, rawDate, type RawCell, type SheetGrid, type WorkbookGrid } from "../src/domain/grid";
import { infoSheet } from "../src/domain/template/keyValue";
import { listSheet } from "../src/domain/template/sheets";
import { NOMINATIVE_MONTHS } from "../src/domain/values/dateText";
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

/**
 * The same school kept the way schools keep it (spec v2): alias sheet names and headers, title
 * rows, a column-number row, a total and a signature, hidden rows, «Этап» merged over the road
 * map, and values written as people write them («3 г. 2 мес.», «2010 г.р.», «сентябрь 2024»,
 * «02.09.2024г.», the order in one cell, a mentor named «Фамилия Имя»). The figures stay those of
 * the tidy school, bar the hidden rows and the few values the writing changes.
 */
export function keptAsSchoolsDo(grid: WorkbookGrid): WorkbookGrid {
  const [info, mentors, mentees, pairs, plan] = grid.sheets;
  return {
    ...grid,
    sheets: [
      info,
      asKept(mentors, "База наставников", { ФИО: "ФИО наставника", Согласие: "Согласие наставника" }),
      asKept(
        mentees,
        "Банк наставляемых",
        { ФИО: "ФИО участника", "Педагогический стаж, лет": "Стаж работы" },
        (r) => {
          if (typeof r[4] === "string" && r[4].startsWith("2")) r[4] = `${r[4][0]} г. 3 мес.`;
          if (r[1] === "Обучающийся") [r[5], r[6]] = [null, "2010 г.р."];
        },
      ),
      asKept(pairs, "Пары и группы", { "Приказ №": "Приказ о закреплении" }, (r, i) => {
        const start = r[5];
        if (typeof start === "string")
          r[5] =
            i % 5 === 0
              ? `${NOMINATIVE_MONTHS[Number(start.slice(3, 5)) - 1]} ${start.slice(6)}`
              : `${start}г.`;
        if (i % 7 === 0 && typeof r[1] === "string") r[1] = r[1].split(" ").slice(0, 2).join(" ");
        const date = r[11];
        r[10] = `№ ${String(r[10])} от ${typeof date === "object" && date !== null && "iso" in date ? date.iso.split("-").reverse().join(".") : ""}`;
        r[11] = null;
      }),
      roadMap(plan),
    ],
  };
}

function asKept(
  sheet: SheetGrid,
  name: string,
  headers: Readonly<Record<string, string>>,
  change: (row: RawCell[], i: number) => void = () => {},
): SheetGrid {
  const [header, ...data] = sheet.rows;
  const width = header.length;
  const rows: RawCell[][] = [
    [`${name} МБОУ «Синтетическая школа», 2024/2025 учебный год`],
    [],
    header.map((h) => headers[h as string] ?? h),
    header.map((_, i) => i + 1),
    ...data.map((r, i) => {
      const copy = [...r];
      change(copy, i);
      return copy;
    }),
    [`Итого: ${data.length}`],
    ["Исполнитель:", null, "заместитель директора", null, "__________"],
  ];
  const hiddenRows = data.flatMap((_, i) => (i % 25 === 24 ? [i + 5] : []));
  const merges: CellRect[] = [
    { top: 1, left: 1, bottom: 1, right: width },
    { top: data.length + 5, left: 1, bottom: data.length + 5, right: 2 },
  ];
  return { name, firstRow: 1, firstCol: 1, rows, hiddenRows, merges };
}

function roadMap(plan: SheetGrid): SheetGrid {
  const [header, ...data] = plan.rows;
  const rows = data.map((r, i) => {
    const copy = [...r];
    if (i > 0) copy[1] = null;
    if (i === 0) copy[4] = "В течение года";
    else if (i % 2 === 0 && typeof copy[4] === "object" && copy[4] !== null && "iso" in copy[4])
      copy[4] = `до ${copy[4].iso.split("-").reverse().join(".")}`;
    return copy;
  });
  return {
    name: "Дорожная карта",
    firstRow: 1,
    firstCol: 1,
    rows: [["План мероприятий (дорожная карта)"], header, ...rows],
    merges: [{ top: 3, left: 2, bottom: rows.length + 2, right: 2 }],
  };
}
