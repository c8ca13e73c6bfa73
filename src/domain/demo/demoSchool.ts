/**
 * A realistic fictional school for `nastavnik init --demo` and for trying the add-in without real
 * data: a few dozen people, pairs in every status (a suspended one too), a group of pupils aged 8
 * to 15, a road map — some values typed the way methodists type them («4 мес.», «2013 г.р.»,
 * «в течение года»), read with a notice — and a few of the mistakes methodists make, so that
 * «Проверка» has something to show. All names are invented.
 */
import type { PlanValue } from "../plan/writePlan";
import type { TemplateContent } from "../structure/templatePlan";
import { listSheet, type ListSheetId } from "../template/sheets";
import {
  addMonths,
  type DayNumber,
  dayFromYmd,
  isoOf,
  schoolYearLabel,
  schoolYearStartOf,
} from "../values/dates";

type Row = Record<string, PlanValue | undefined>;

/** A row in catalogue column order. */
function rowOf(sheet: ListSheetId, r: Row): PlanValue[] {
  return listSheet(sheet).columns.map((c) => r[c.key] ?? null);
}

const d = (day: DayNumber): PlanValue => ({ date: isoOf(day) });

const mentors: Row[] = [
  {
    fio: "Соколова Наталья Викторовна",
    category: "Руководитель ОО",
    position: "Заместитель директора по УВР",
    subject: "Математика",
    experience: 27,
    qualification: "Высшая",
    consent: "да",
    trained: "да",
    rewarded: "да",
  },
  {
    fio: "Кузнецов Андрей Павлович",
    category: "Педагог",
    position: "Учитель",
    subject: "Физика",
    experience: 19,
    qualification: "Высшая",
    consent: "да",
    trained: "да",
    rewarded: "да",
  },
  {
    fio: "Морозова Елена Сергеевна",
    category: "Педагог",
    position: "Учитель",
    subject: "Русский язык",
    experience: 22,
    qualification: "Высшая",
    consent: "да",
    trained: "да",
    rewarded: "нет",
  },
  {
    fio: "Волкова Ирина Александровна",
    category: "Педагог",
    position: "Учитель",
    subject: "Начальные классы",
    experience: 16,
    qualification: "Первая",
    consent: "да",
    trained: "нет",
    rewarded: "нет",
  },
  {
    fio: "Лебедев Сергей Николаевич",
    category: "Педагог",
    position: "Учитель",
    subject: "История",
    experience: 14,
    qualification: "Первая",
    consent: "да",
    trained: "да",
    rewarded: "нет",
  },
  {
    fio: "Новикова Ольга Игоревна",
    category: "Педагог",
    position: "Учитель",
    subject: "Английский язык",
    experience: 11,
    qualification: "Первая",
    consent: "да",
    trained: "да",
    rewarded: "да",
  },
  {
    fio: "Павлова Татьяна Михайловна",
    category: "Педагог",
    position: "Учитель",
    subject: "Химия",
    experience: 25,
    qualification: "Высшая",
    consent: "да",
    trained: "нет",
    rewarded: "нет",
  },
  {
    fio: "Егоров Дмитрий Олегович",
    category: "Педагог",
    position: "Учитель",
    subject: "Информатика",
    experience: 9,
    qualification: "Соответствие занимаемой должности",
    consent: "нет",
    trained: "нет",
    rewarded: "нет",
    note: "Согласие на подписи",
  },
  {
    fio: "Романова Светлана Юрьевна",
    category: "Педагог",
    position: "Педагог-психолог",
    subject: "Психология",
    experience: 12,
    qualification: "Первая",
    consent: "да",
    trained: "да",
    rewarded: "нет",
  },
  {
    fio: "Орлов Максим Андреевич",
    category: "Обучающийся",
    position: "10А",
    subject: "Математика",
    consent: "да",
  },
  {
    fio: "Белова Анастасия Дмитриевна",
    category: "Обучающийся",
    position: "11Б",
    subject: "Английский язык",
    consent: "да",
  },
  {
    fio: "Захаров Илья Романович",
    category: "Представитель работодателя",
    position: "Инженер АО «Энский завод»",
    subject: "Инженерное дело",
    consent: "да",
    trained: "нет",
  },
];

const youngTeachers: [string, string, number | string, number][] = [
  ["Смирнова Дарья Алексеевна", "Математика", 1, 23],
  // Typed as a methodist types it: read as 0,3333 года with a notice (F008).
  ["Козлов Артём Сергеевич", "Физика", "4 мес.", 22],
  ["Попова Алина Викторовна", "Русский язык", 2, 25],
  ["Васильева Полина Андреевна", "Начальные классы", 1, 24],
  ["Фёдоров Кирилл Иванович", "История", 3, 27],
  ["Михайлова Ксения Олеговна", "Английский язык", 0, 22],
  ["Алексеева Виктория Павловна", "Химия", 2, 26],
  ["Степанов Никита Евгеньевич", "Информатика", 1, 23],
  ["Николаева Мария Сергеевна", "Биология", 2, 24],
  ["Яковлева Екатерина Денисовна", "Музыка", 0, 21],
];

/** Pupils with their class and their age or year of birth, as schools record them. */
const students: [string, string, Row][] = [
  ["Григорьев Тимофей Андреевич", "7А", { age: 13 }],
  ["Исаева Софья Максимовна", "7Б", { birthDate: "2011 г.р." }],
  // An eight-year-old in «Ученик – ученик» (municipal models count participants from 5 years);
  // not counted in `students_involved`, whose denominator is the pupils aged 10 and over.
  ["Тихонов Матвей Ильич", "2А", { age: 8 }],
  ["Комарова Вероника Игоревна", "8А", { age: 14 }],
  ["Антонов Егор Дмитриевич", "9Б", { birthDate: "2010 г.р." }],
  ["Мельникова Алиса Романовна", "6В", { age: 12 }],
  ["Зайцев Глеб Артёмович", "10А", { age: 16 }],
];

function menteeRows(): Row[] {
  const rows: Row[] = youngTeachers.map(([fio, subject, experience, age]) => ({
    fio,
    category: "Педагог",
    position: "Учитель",
    subject,
    experience,
    age,
    difficulties: "Организация учебной дисциплины; оценивание",
  }));
  rows.push(
    {
      fio: "Киселёва Анна Вадимовна",
      category: "Педагог",
      position: "Учитель",
      subject: "География",
      experience: 8,
      age: 34,
      young: "нет",
      note: "Новый педагог ОО",
    },
    {
      fio: "Борисов Олег Викторович",
      category: "Педагог",
      position: "Учитель",
      subject: "Физическая культура",
      experience: 4,
      age: 29,
      retained: "да",
    },
  );
  for (const [fio, cls, born] of students)
    rows.push({ fio, category: "Обучающийся", position: cls, ...born });
  return rows;
}

export interface DemoOptions {
  /** The as-of date of the demo («Отчётная дата»). */
  readonly asOf: DayNumber;
  readonly code?: string;
  readonly name?: string;
  readonly municipality?: string;
}

export function demoSchool(o: DemoOptions): TemplateContent {
  const first = schoolYearStartOf(o.asOf);
  const y0 = dayFromYmd(first, 9, 1);
  const at = (months: number, day = 0) => addMonths(y0, months) + day;
  const teacher = (i: number) => youngTeachers[i][0];
  const pairs: Row[] = [];
  const pair = (
    no: string,
    mentor: string,
    mentee: string,
    form: string,
    kind: string,
    start: DayNumber,
    months: number,
    extra: Row = {},
  ) =>
    pairs.push({
      no,
      mentor,
      mentee,
      form,
      kind,
      start: d(start),
      plannedEnd: d(addMonths(start, months)),
      status: "Действует",
      orderNo: `${100 + pairs.length}-о`,
      orderDate: d(start - 3),
      program: "да",
      ...extra,
    });
  const m = (i: number) => mentors[i].fio as string;
  pair("1", m(1), teacher(1), "Учитель – учитель", "Традиционное (один на один)", at(0, 4), 9);
  pair("2", m(3), teacher(3), "Учитель – учитель", "Традиционное (один на один)", at(0, 4), 9);
  pair("3", m(2), teacher(2), "Учитель – учитель", "Традиционное (один на один)", at(0, 10), 9, {
    program: "нет",
  });
  pair("4", m(4), teacher(4), "Учитель – учитель", "Традиционное (один на один)", at(0, 10), 9);
  pair("5", m(5), teacher(5), "Учитель – учитель", "Виртуальное (дистанционное)", at(1), 8, {
    orderNo: undefined,
    orderDate: undefined,
  });
  pair("6", m(0), teacher(0), "Руководитель ОО – педагог", "Традиционное (один на один)", at(0, 2), 10);
  // Suspended while the young teacher is on sick leave: takes part, not active (M001 on her).
  pair("7", m(6), teacher(6), "Учитель – учитель", "Традиционное (один на один)", at(0, 14), 9, {
    status: "Приостановлена",
    result: "Приостановлена на время больничного наставляемой",
  });
  pair("8", m(7), teacher(7), "Учитель – учитель", "Традиционное (один на один)", at(0, 14), 9);
  pair("9", m(8), teacher(8), "Учитель – учитель", "Краткосрочное (целеполагающее)", at(-6), 5, {
    plannedEnd: d(at(-1)),
  });
  // A group: one mentor, three students under one №.
  for (const s of [0, 1, 2]) pair("10", m(9), students[s][0], "Ученик – ученик", "Групповое", at(1), 6);
  pair("11", m(10), students[3][0], "Ученик – ученик", "Традиционное (один на один)", at(1, 7), 6);
  pair("12", m(11), students[6][0], "Работодатель – ученик", "Ситуационное", at(2), 4, { program: "нет" });
  // Finished and terminated programmes of this school year, with ratings.
  pair(
    "13",
    m(1),
    "Борисов Олег Викторович",
    "Учитель – учитель",
    "Традиционное (один на один)",
    at(-12),
    12,
    {
      status: "Завершена",
      actualEnd: d(at(0, 5)),
      mentorScore: 9,
      menteeScore: 10,
      result: "Программа выполнена, педагог закрепился в ОО",
    },
  );
  pair("14", m(2), "Киселёва Анна Вадимовна", "Учитель – учитель", "Ситуационное", at(0, 1), 6, {
    status: "Прекращена",
    actualEnd: d(at(1, 20)),
    reason: "По обоюдному решению",
    mentorScore: 7,
    menteeScore: 8,
  });
  pair("15", m(10), students[4][0], "Ученик – ученик", "Скоростное", at(0, 15), 3, {
    status: "Завершена",
    actualEnd: d(at(2)),
    mentorScore: 8,
    menteeScore: 9,
  });
  // Planned pairs, starting after the reporting date.
  pair("16", m(0), teacher(9), "Руководитель ОО – педагог", "Традиционное (один на один)", o.asOf + 20, 9, {
    status: "Планируется",
    orderNo: undefined,
    orderDate: undefined,
  });
  pair("17", m(5), students[5][0], "Учитель – ученик", "Традиционное (один на один)", o.asOf + 35, 6, {
    status: "Планируется",
    orderNo: undefined,
    orderDate: undefined,
  });

  const plan: Row[] = [
    [
      "Подготовительный",
      "Утверждение положения о наставничестве и дорожной карты",
      at(0, 14),
      "Приказ, положение",
    ],
    ["Подготовительный", "Формирование базы наставников и наставляемых", at(0, 20), "Базы сформированы"],
    [
      "Диагностический",
      "Диагностика профессиональных затруднений молодых педагогов",
      at(1),
      "Карты затруднений",
    ],
    ["Реализационный", "Закрепление наставнических пар приказом", at(1, 5), "Приказ о закреплении пар"],
    [
      "Реализационный",
      "Школа молодого педагога: открытые уроки наставников",
      at(2, 10),
      "Протокол, лист посещения",
    ],
    [
      "Реализационный",
      "Промежуточный мониторинг программ наставничества",
      o.asOf - 5,
      "Аналитическая справка",
    ],
    [
      "Рефлексивно-аналитический",
      "Анкетирование удовлетворённости участников",
      at(8, 15),
      "Результаты анкетирования",
    ],
    [
      "Рефлексивно-аналитический",
      "Итоговая конференция «Наставничество: итоги года»",
      at(9),
      "Отчёт, публикация на сайте",
    ],
  ].map(([stage, event, due, expected], i) => {
    const done = (due as number) < o.asOf - 10;
    return {
      no: String(i + 1),
      stage,
      event,
      responsible: i < 2 ? "Заместитель директора по УВР" : "Куратор программы",
      due: d(due as number),
      expected,
      status: done ? "Выполнено" : "Запланировано",
      doneDate: done ? d((due as number) - 1) : undefined,
    } as Row;
  });
  // As road maps write it: read as 31.05 of the school year's second year, with a notice.
  plan.splice(5, 0, {
    no: "",
    stage: "Реализационный",
    event: "Школа молодого педагога: заседания по отдельному плану",
    responsible: "Куратор программы",
    due: "В течение года (по отдельному плану)",
    expected: "Протоколы заседаний",
    status: "Запланировано",
  });
  plan.forEach((r, i) => (r.no = String(i + 1)));

  return {
    info: {
      code: o.code ?? "ОО-007",
      name: o.name ?? "МБОУ «Средняя общеобразовательная школа № 7»",
      municipality: o.municipality ?? "Энский муниципальный округ",
      schoolYear: schoolYearLabel(first),
      asOf: d(o.asOf),
      teachers: 58,
      students: 640,
      students10: 512,
      curator: "Соколова Наталья Викторовна",
      docRegulation: "да",
      docProgram: "да",
      docRoadmap: "да",
      docMentorsOrder: "да",
      docPairsOrder: "нет",
    },
    rows: {
      mentors: mentors.map((r) => rowOf("mentors", r)),
      mentees: menteeRows().map((r) => rowOf("mentees", r)),
      pairs: pairs.map((r) => rowOf("pairs", r)),
      plan: plan.map((r) => rowOf("plan", r)),
    },
  };
}
