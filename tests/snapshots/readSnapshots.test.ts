/**
 * Reading «Срезы» as people leave it: rows in any order, a date fixed twice, a typo in a code, a
 * numerator typed as words, a serial date from Excel, dates as text — each bad row is named with
 * its cell and left out; the good ones make the history.
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import { snapshotHistory, previousSnapshot } from "../../src/domain/snapshots/history";
import { readSnapshots } from "../../src/domain/snapshots/readSnapshots";
import { snapshotMeasures } from "../../src/domain/snapshots/measures";
import { kpiIds } from "../../src/domain/kpi/catalogue";
import { day, rawDate, rawSheet, school } from "../domain/builders";

const HEADERS = ["Дата среза", "Код показателя", "Показатель", "Числитель", "Знаменатель"];

const withSnapshots = (rows: (string | number | null | ReturnType<typeof rawDate>)[][], name = "Срезы") =>
  school({}, { extraSheets: [rawSheet(name, HEADERS, rows)] });

test("every KPI of the catalogue has a measure; satisfaction has one per side", () => {
  const kpis = new Set(snapshotMeasures.map((m) => m.kpi));
  expect([...kpis].sort()).toEqual([...kpiIds].sort());
  expect(snapshotMeasures.filter((m) => m.kpi === "satisfaction").map((m) => m.code)).toEqual([
    "satisfaction.mentor",
    "satisfaction.mentee",
  ]);
  expect(new Set(snapshotMeasures.map((m) => m.code)).size).toBe(snapshotMeasures.length);
});

test("good rows form the history by date; bad rows are named with their cell", () => {
  const read = readSnapshots(
    withSnapshots([
      [rawDate("2024-10-01"), "young_mentored", "…", 3, 8],
      ["01.09.2024", "young_mentored", "…", 2, 8],
      [rawDate("2024-10-01"), "active_groups", "…", 5, null],
      [rawDate("2024-10-01"), "young_mentorde", "…", 3, 8],
      [null, "teachers_involved", "…", 10, 40],
      [rawDate("2024-10-01"), "teachers_involved", "…", "десять", 40],
      [rawDate("2024-10-01"), "teachers_involved", "…", 10, -4],
      [null, null, null, null, null],
      [rawDate("2024-10-01"), "young_mentored", "исправлено", 4, 8],
    ]),
  );
  expect(read.nameInFile).toBe("Срезы");
  expect(read.problems.map((p) => [p.row, p.col])).toEqual([
    [5, 2],
    [6, 1],
    [7, 4],
    [8, 5],
  ]);
  expect(read.problems[0].message).toContain("«young_mentorde»");
  expect(read.problems[2].message).toContain("строка 7 не учтена");

  const history = snapshotHistory(read.rows);
  expect(history.map((s) => s.date)).toEqual([day("2024-09-01"), day("2024-10-01")]);
  // Fixed twice on 01.10: the lower (later) row wins.
  expect(history[1].figures.get("young_mentored")).toEqual({ numerator: 4, denominator: 8 });
  expect(history[1].figures.get("active_groups")).toEqual({ numerator: 5, denominator: null });

  expect(previousSnapshot(history, day("2024-10-01"))?.date).toBe(day("2024-09-01"));
  expect(previousSnapshot(history, day("2024-10-02"))?.date).toBe(day("2024-10-01"));
  expect(previousSnapshot(history, day("2024-09-01"))).toBeNull();
});

test("a sheet without the header row is reported, not guessed at", () => {
  const read = readSnapshots(
    school({}, { extraSheets: [rawSheet("Срезы", ["дата", "что", "сколько"], [["x", "y", 1]])] }),
  );
  expect(read.rows).toEqual([]);
  expect(read.problems).toHaveLength(1);
  expect(read.problems[0].message).toContain("нет строки заголовков");
});

test("no «Срезы» sheet: an empty history, no problems, and the school's checks do not change", () => {
  const plain = school({});
  expect(readSnapshots(plain)).toEqual({ nameInFile: null, rows: [], problems: [] });
  const withHistory = withSnapshots([[rawDate("2024-10-01"), "young_mentored", "", 1, 2]]);
  expect(evaluateWorkbook(withHistory).issues).toEqual(evaluateWorkbook(plain).issues);
});
