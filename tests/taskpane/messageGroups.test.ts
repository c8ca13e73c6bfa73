/**
 * «Проверка» groups its issues into one line per rule and message: messages that differ only by
 * the value named in them share a line («…» where they differ, kept where they agree), each column
 * and each wording its own line, and no issue is lost or counted twice.
 */
import type { Issue } from "../../src/domain/issues";
import { groupByMessage } from "../../src/taskpane/panels/checks/messageGroups";
import { mentee, mentor, pair } from "../domain/builders";
import { evaluate } from "../domain/evaluate";
import { M, N } from "../domain/kpi/people";

const r = evaluate({
  mentors: M.map((m) => mentor(m)),
  mentees: N.map((n) => mentee(n)),
  pairs: [
    pair("1", M[0], N[0], { "Приказ №": null }),
    pair("2", M[0], N[1], { "Приказ №": null }),
    pair("3", M[0], N[2], { "Приказ от": null }),
    pair("4", M[0], N[3], { "Дата окончания (план)": "31.09.2025" }),
    pair("5", M[1], N[4], { "Дата окончания (план)": "32.01.2025" }),
    pair("6", M[1], N[5], { "Дата начала": "30.02.2024" }),
  ],
});
const on = (sheet: string, severity: Issue["severity"]) =>
  r.issues.filter((i) => i.sheet === sheet && i.severity === severity);
const byCode = (groups: ReturnType<typeof groupByMessage>, code: string) =>
  groups.filter((g) => g.code === code);

test("mentors without a pair: one line, the name as «…», the sheet named as written", () => {
  const issues = on("Наставники", "info");
  const groups = groupByMessage(issues);
  const [r003] = byCode(groups, "R003");
  expect(r003.issues.map((i) => i.value)).toEqual([M[2], M[3]]);
  expect(r003.template).toBe(
    "У наставника «…» нет ни одной строки на листе «Пары». Закрепите наставляемых или отметьте это в примечании.",
  );
  expect(r003.details).toEqual([[`«${M[2]}»`], [`«${M[3]}»`]]);
});

test("orders: the missing number and the missing date are two wordings, two lines; the pair № varies", () => {
  const groups = byCode(groupByMessage(on("Пары", "warning")), "P008");
  expect(groups.map((g) => [g.template, g.issues.length])).toEqual([
    [
      "Действующая пара № … не закреплена приказом: не указан номер приказа («Приказ №»). Укажите номер и дату приказа.",
      2,
    ],
    [
      "Действующая пара № 3 не закреплена приказом: не указана дата приказа («Приказ от»). Укажите номер и дату приказа.",
      1,
    ],
  ]);
  expect(groups[0].details).toEqual([["1"], ["2"]]);
});

test("unreadable dates: a line per column, the value as «…», the row's own value beside its cell", () => {
  const groups = byCode(groupByMessage(on("Пары", "error")), "F002");
  expect(groups.map((g) => [g.issues[0].column, g.issues.length])).toEqual([
    ["Дата окончания (план)", 2],
    ["Дата начала", 1],
  ]);
  const plan = groups[0];
  expect(plan.template).toMatch(
    /^В столбце «Дата окончания \(план\)» значение «…» не удаётся прочитать как дату/,
  );
  expect(plan.details).toEqual([["«31.09.2025»"], ["«32.01.2025»"]]);
});

test("every issue is in exactly one group, in the order of the list", () => {
  for (const sheet of ["Наставники", "Наставляемые", "Пары"])
    for (const severity of ["error", "warning", "info"] as const) {
      const issues = on(sheet, severity);
      const groups = groupByMessage(issues);
      expect(groups.flatMap((g) => g.issues).sort((a, b) => issues.indexOf(a) - issues.indexOf(b))).toEqual(
        issues,
      );
      const firsts = groups.map((g) => issues.indexOf(g.issues[0]));
      expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    }
  expect(r.issues.length).toBeGreaterThan(8);
});
