/** «Настройки»: optional; defaults, overrides, «70%», unreadable → F002 + default, out of range → F004 + default. */
import { readSchoolWorkbook } from "../../../src/domain/read/readWorkbook";
import { evaluateWorkbook } from "../../../src/domain/engine";
import { school } from "../builders";

const DEFAULTS = {
  youngMaxExperience: 3,
  youngMaxAge: 35,
  useAge: false,
  maxMenteesPerMentor: 3,
  minProgramMonths: 3,
  maxProgramMonths: 12,
  targetYoungMentored: 70,
  targetTeachersInvolved: 70,
  targetStudentsInvolved: 70,
  matchWeightSubject: 3,
  matchWeightCategory: 2,
  matchWeightCapacity: 1,
  matchWeightExperience: 2,
  matchWeightQualification: 1,
  matchWeightTraining: 1,
};

it("uses the workbook.md defaults when the sheet is missing, and raises nothing", () => {
  const r = evaluateWorkbook(school({}));
  expect(r.wb.settings).toEqual(DEFAULTS);
  expect(r.issues.filter((i) => i.sheet === "Настройки")).toEqual([]);
});

it("uses the defaults for missing rows and empty values, silently", () => {
  const r = evaluateWorkbook(
    school({ settings: { "Учитывать возраст": null, "Срок программы не менее, мес.": "  " } }),
  );
  expect(r.wb.settings).toEqual(DEFAULTS);
  expect(r.issues.filter((i) => i.sheet === "Настройки")).toEqual([]);
});

it("reads overrides: numbers, «70%», number text and да/нет", () => {
  const wb = readSchoolWorkbook(
    school({
      settings: {
        "Молодой специалист: стаж не более, лет": "5 лет",
        "Молодой специалист: возраст не более, лет": 30,
        "Учитывать возраст": "Да",
        "Наставляемых на одного наставника не более": 4,
        "Срок программы не менее, мес.": "6",
        "Срок программы не более, мес.": 24,
        "Целевое значение: молодые педагоги с наставником, %": "80%",
        "Целевое значение: вовлечённость педагогов, %": "55,5 %",
        "Целевое значение: вовлечённость обучающихся, %": 25,
      },
    }),
  );
  expect(wb.settings).toEqual({
    youngMaxExperience: 5,
    youngMaxAge: 30,
    useAge: true,
    maxMenteesPerMentor: 4,
    minProgramMonths: 6,
    maxProgramMonths: 24,
    targetYoungMentored: 80,
    targetTeachersInvolved: 55.5,
    targetStudentsInvolved: 25,
    matchWeightSubject: 3,
    matchWeightCategory: 2,
    matchWeightCapacity: 1,
    matchWeightExperience: 2,
    matchWeightQualification: 1,
    matchWeightTraining: 1,
  });
});

it("finds settings by label whatever the row order, title rows or ё", () => {
  const wb = readSchoolWorkbook(
    school(
      {
        settings: {
          "Целевое значение: вовлеченность педагогов, %": "60%",
          "наставляемых на одного наставника не более": 2,
        },
      },
      { layout: { Настройки: { titleRows: [["Настройки расчёта показателей"]] } } },
    ),
  );
  expect(wb.settings.targetTeachersInvolved).toBe(60);
  expect(wb.settings.maxMenteesPerMentor).toBe(2);
});

it("reports an unreadable value as F002 on its row, and uses the default", () => {
  const r = evaluateWorkbook(
    school({
      settings: {
        "Наставляемых на одного наставника не более": 5,
        "Целевое значение: молодые педагоги с наставником, %": "семьдесят",
      },
    }),
  );
  expect(r.wb.settings.targetYoungMentored).toBe(70);
  expect(r.wb.settings.maxMenteesPerMentor).toBe(5);
  const f002 = r.issues.filter((i) => i.sheet === "Настройки");
  expect(f002.map((i) => [i.code, i.severity, i.row, i.column, i.value])).toEqual([
    ["F002", "error", 3, "Значение", "семьдесят"],
  ]);
  expect(f002[0].message).toContain("«семьдесят»");
  expect(f002[0].message).toContain("70");
});

it("reports an unreadable да/нет as F002 and keeps «нет»", () => {
  const r = evaluateWorkbook(school({ settings: { "Учитывать возраст": "иногда" } }));
  expect(r.wb.settings.useAge).toBe(false);
  expect(r.issues.filter((i) => i.sheet === "Настройки").map((i) => [i.code, i.row, i.value])).toEqual([
    ["F002", 2, "иногда"],
  ]);
});

it("reports an out-of-range value as F004 on its row, and uses the default", () => {
  const r = evaluateWorkbook(
    school({
      settings: {
        "Целевое значение: вовлечённость педагогов, %": "150%",
        "Молодой специалист: стаж не более, лет": 3,
        "Целевое значение: вовлечённость обучающихся, %": -10,
      },
    }),
  );
  expect(r.wb.settings.targetTeachersInvolved).toBe(70);
  expect(r.wb.settings.targetStudentsInvolved).toBe(70);
  expect(
    r.issues.filter((i) => i.sheet === "Настройки").map((i) => [i.code, i.row, i.column, i.value]),
  ).toEqual([
    ["F004", 2, "Значение", "150%"],
    ["F004", 4, "Значение", "-10"],
  ]);
});

it("accepts the ends of the target range, 0% and 100%", () => {
  const r = evaluateWorkbook(
    school({
      settings: {
        "Целевое значение: вовлечённость педагогов, %": "100%",
        "Целевое значение: вовлечённость обучающихся, %": 0,
      },
    }),
  );
  expect(r.wb.settings.targetTeachersInvolved).toBe(100);
  expect(r.wb.settings.targetStudentsInvolved).toBe(0);
  expect(r.issues.filter((i) => i.sheet === "Настройки")).toEqual([]);
});
