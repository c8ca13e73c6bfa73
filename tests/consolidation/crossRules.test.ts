/** C001–C003 (rules.md, Consolidation): across files, in the order given. */
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { mentee, mentor, pair, rawDate } from "../domain/builders";
import { inputOf, smallSchool } from "./support";

const codes = (c: ReturnType<typeof consolidate>, code: string) =>
  c.files.map((f) => f.issues.filter((i) => i.code === code));

describe("C001: a school's older files are replaced by its newest («заменён более новым файлом»)", () => {
  // Codes compared trimmed, case-insensitive, every dash as «-»: all of these are one school.
  const c = consolidate([
    inputOf("a.xlsx", smallSchool("ОО-1")),
    inputOf("b.xlsx", smallSchool("  оо\u20131 ")),
    inputOf("c.xlsx", smallSchool("ОО-2")),
    inputOf("d.xlsx", smallSchool("ОО\u22121")),
  ]);

  test("is a warning on every older file, on «Сведения» at the row of «Код ОО», naming the newest", () => {
    const c001 = codes(c, "C001");
    expect(c001.map((l) => l.length)).toEqual([1, 1, 0, 0]);
    expect(c001[1][0]).toMatchObject({
      sheet: "Сведения",
      sheetInFile: "Сведения",
      row: 2,
      column: "Значение",
      severity: "warning",
      value: "оо\u20131",
    });
    // Equal own dates and no modification times: the later place in processing order wins.
    expect(c001[0][0].message).toBe(
      "Файл заменён более новым файлом «d.xlsx» с тем же кодом ОО; в свод не включён.",
    );
  });

  test("only the newest file of the school is pooled; the others say which file replaced them", () => {
    expect(c.files.map((f) => f.pooled)).toEqual([false, false, true, true]);
    expect(c.files.map((f) => f.supersededBy)).toEqual(["d.xlsx", "d.xlsx", null, null]);
    // A warning: the files themselves are clean.
    expect(c.files.map((f) => f.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(c.total.schools).toBe(2);
    expect(c.total.values.young_mentored).toMatchObject({ numerator: 2, denominator: 2 });
    // A superseded file is in no `excluded` list: it shows only through `pooled`.
    expect(Object.values(c.total.excluded).flat()).not.toContain("a.xlsx");
  });
});

describe("C002: «Учебный год» differs from the most frequent", () => {
  const year = (y: string) => ({ info: { "Учебный год": y } });
  test("the majority year wins; the others get a warning at the row of «Учебный год»", () => {
    const c = consolidate([
      inputOf("a.xlsx", smallSchool("ОО-1", year("2024/2025"))),
      inputOf("b.xlsx", smallSchool("ОО-2", year("2023/2024"))),
      inputOf("c.xlsx", smallSchool("ОО-3", year("2024 / 2025"))),
    ]);
    const c002 = codes(c, "C002");
    expect(c002.map((l) => l.length)).toEqual([0, 1, 0]);
    expect(c002[1][0]).toMatchObject({ sheet: "Сведения", row: 5, severity: "warning", value: "2023/2024" });
    expect(c002[1][0].message).toContain("«2024/2025»");
    expect(c.files[1].status).toBe("ok");
  });

  test("on a tie, the earliest file's year is the reference", () => {
    const c = consolidate([
      inputOf("a.xlsx", smallSchool("ОО-1", year("2023/2024"))),
      inputOf("b.xlsx", smallSchool("ОО-2", year("2024/2025"))),
    ]);
    expect(codes(c, "C002").map((l) => l.length)).toEqual([0, 1]);
  });
});

describe("C003: the same person is a mentor or mentee in two schools", () => {
  const teacher = "Петрова Анна Ивановна";
  const a = smallSchool("ОО-1");
  // In school 2 the same teacher (spelled differently) is a mentee of another mentor.
  const b = smallSchool("ОО-2", {
    mentors: [mentor("Орлов Иван Сергеевич")],
    mentees: [
      mentee("Зуев Олег Игоревич"),
      mentee("петрова  анна ивановна", { "Педагогический стаж, лет": 20 }),
    ],
    pairs: [pair(1, "Орлов Иван Сергеевич", "Зуев Олег Игоревич")],
  });

  test("is an info on the person's row in each school, naming the other school", () => {
    const c = consolidate([inputOf("a.xlsx", a), inputOf("b.xlsx", b)]);
    const c003 = codes(c, "C003");
    expect(c003[0]).toEqual([
      expect.objectContaining({
        sheet: "Наставники",
        row: 2,
        column: "ФИО",
        severity: "info",
        value: teacher,
      }),
    ]);
    expect(c003[1]).toEqual([
      expect.objectContaining({
        sheet: "Наставляемые",
        row: 3,
        column: "ФИО",
        severity: "info",
        value: "петрова анна ивановна",
      }),
    ]);
    expect(c003[0][0].message).toContain("ОО-2");
    expect(c003[1][0].message).toContain("ОО-1");
    // Infos do not make a file's status «errors».
    expect(c.files.map((f) => f.status)).toEqual(["ok", "ok"]);
  });

  test("two files of one school (C001) do not make a person «in two schools»", () => {
    const c = consolidate([inputOf("a.xlsx", a), inputOf("a-copy.xlsx", a)]);
    expect(codes(c, "C003")).toEqual([[], []]);
    expect(codes(c, "C001").map((l) => l.length)).toEqual([1, 0]);
  });

  test("a school's replaced file is pooled in nothing, not even in C003", () => {
    // ОО-2's older file listed the teacher of ОО-1 by mistake; its corrected file does not.
    const old = { ...b, info: { "Код ОО": "ОО-2", "Отчётная дата": rawDate("2024-12-01") } };
    const fixed = smallSchool("ОО-2", {
      mentors: [mentor("Орлов Иван Сергеевич")],
      mentees: [mentee("Зуев Олег Игоревич")],
      pairs: [pair(1, "Орлов Иван Сергеевич", "Зуев Олег Игоревич")],
    });
    const c = consolidate([inputOf("a.xlsx", a), inputOf("b-old.xlsx", old), inputOf("b.xlsx", fixed)]);
    expect(c.files[1].supersededBy).toBe("b.xlsx");
    expect(codes(c, "C003")).toEqual([[], [], []]);
  });

  test("a mentor who is also a mentee in the same school is not C003", () => {
    const self = smallSchool("ОО-3", {
      mentees: [mentee("Зуева Ольга Игоревна"), mentee(teacher, { "Педагогический стаж, лет": 20 })],
    });
    expect(codes(consolidate([inputOf("x.xlsx", self)]), "C003")).toEqual([[]]);
  });
});

test("C-issues are merged into each file's issues in report order", () => {
  const c = consolidate([inputOf("a.xlsx", smallSchool("ОО-1")), inputOf("b.xlsx", smallSchool("ОО-1"))]);
  const sheets = c.files[0].issues.map((i) => `${i.sheet}!${i.row}:${i.code}`);
  expect(sheets[0]).toBe("Сведения!2:C001");
  expect(c.files[0]).toMatchObject({ errors: 0, warnings: 1 });
});
