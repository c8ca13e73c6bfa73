/**
 * Accepting the draft: «Пары» rows with status «Планируется», numbered after the largest numeric
 * №, starting the next working day after D. Once on the sheet they are checked like any row and
 * counted as planned — not active — and a second «Подбор» does not plan the same people again.
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import { assignAll } from "../../src/domain/matching/assign";
import { draftRows, largestPairNumber, nextWorkingDay } from "../../src/domain/matching/draftRows";
import { suggest } from "../../src/domain/matching/suggest";
import { day, mentee, mentor, pair, school, student, type SchoolData } from "../domain/builders";
import { withPairRows } from "./support";

const PETROVA = "Петрова Мария Ивановна";
const SOKOLOV = "Соколов Андрей Петрович";
const TITOVA = "Титова Анна Сергеевна";
const LEBEDEV = "Лебедев Олег Игоревич";
const ZHUKOVA = "Жукова Дарья Петровна";
const GUSEVA = "Гусева Ирина Олеговна";

const data: SchoolData = {
  mentors: [mentor(PETROVA), mentor(SOKOLOV, { "Предмет / направление": "Русский язык" })],
  mentees: [
    mentee(GUSEVA),
    mentee(TITOVA),
    mentee(LEBEDEV, { "Молодой специалист": "нет" }),
    student(ZHUKOVA, "7В"),
  ],
  pairs: [
    pair(12, PETROVA, GUSEVA),
    pair("Г-30", SOKOLOV, GUSEVA, { "Вид наставничества": "Групповое" }),
    pair("7", SOKOLOV, GUSEVA, { "Вид наставничества": "Групповое" }),
  ],
};

test("the next working day skips the weekend; the № continues after the largest whole number", () => {
  expect(nextWorkingDay(day("2024-12-20"))).toBe(day("2024-12-23")); // Friday → Monday
  expect(nextWorkingDay(day("2024-12-17"))).toBe(day("2024-12-18"));
  expect(nextWorkingDay(day("2024-12-21"))).toBe(day("2024-12-23")); // Saturday → Monday
  expect(largestPairNumber(evaluateWorkbook(school(data)))).toBe(12);
  expect(largestPairNumber(evaluateWorkbook(school({ ...data, pairs: [] })))).toBe(0);
});

test("draft rows: consecutive numbers, «Планируется», one to one, start after D, shortest programme", () => {
  const r = evaluateWorkbook(school(data));
  const rows = draftRows(r, assignAll(r).pairs);
  expect(rows.map((x) => [x.no, x.mentee.name, x.form])).toEqual([
    ["13", TITOVA, "Учитель – учитель"],
    ["14", LEBEDEV, "Учитель – учитель"],
    ["15", ZHUKOVA, "Учитель – ученик"],
  ]);
  expect(rows[0].values).toEqual([
    "13",
    SOKOLOV,
    TITOVA,
    "Учитель – учитель",
    "Традиционное (один на один)",
    { date: "2024-12-23" },
    { date: "2025-03-23" },
    null,
    "Планируется",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
});

test("on the sheet they are planned rows: checked like any row, raising nothing, counted as not active", () => {
  const grid = school(data);
  const before = evaluateWorkbook(grid);
  const rows = draftRows(before, assignAll(before).pairs);
  const after = evaluateWorkbook(
    withPairRows(
      grid,
      rows.map((x) => x.values),
    ),
  );
  const added = after.analysis.pairs.slice(-rows.length);
  expect(added.map((f) => [f.pair.no, f.pair.status, f.active, f.notCounted])).toEqual(
    rows.map((x) => [x.no, "Планируется", false, "пара только планируется"]),
  );
  const newRows = new Set(added.map((f) => f.pair.row));
  const onThem = after.issues.filter((i) => i.sheet === "Пары" && newRows.has(i.row!));
  expect(onThem).toEqual([]);
  expect(after.kpis!.values.young_mentored).toEqual(before.kpis!.values.young_mentored);
  expect(after.kpis!.values.active_groups.links).toBe(before.kpis!.values.active_groups.links);
});

test("a second «Подбор» leaves the planned mentees out and counts their places as taken", () => {
  const grid = school(data);
  const before = evaluateWorkbook(grid);
  const rows = draftRows(before, assignAll(before).pairs);
  const after = evaluateWorkbook(
    withPairRows(
      grid,
      rows.map((x) => x.values),
    ),
  );
  expect(suggest(after)).toEqual([]);
  expect(assignAll(after).pairs).toEqual([]);
  expect(draftRows(after, []).length).toBe(0);
  expect(largestPairNumber(after)).toBe(15);
});
