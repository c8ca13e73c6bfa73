/** P007 terminated without a reason, P008 active without an order, P009 active with a mentor without consent. */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue, placesOf } from "../evaluate";
import { mentor, pair, rawDate, type Rec } from "../builders";
import { KRYLOVA, PETROVA, SOKOLOV, tidy, tidyMentors, tidyPairs } from "./tidySchool";

const withRow = (o: Rec, mentors = tidyMentors, mentorFio = PETROVA) =>
  evaluate(
    tidy({
      mentors,
      pairs: [...tidyPairs, pair("4", mentorFio, KRYLOVA, { "Дата начала": rawDate("2024-09-03"), ...o })],
    }),
  );
const endedInOctober = { Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-10-31") };

describe("P007 — «Прекращена» without «Причина прекращения»", () => {
  it("reports the empty reason cell", () => {
    const i = onlyIssue(
      withRow({ Статус: "Прекращена", "Дата окончания (факт)": rawDate("2024-10-31") }),
      "P007",
    );
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Причина прекращения",
      value: null,
    });
    expectRussianMessageNaming(i, "4");
  });

  it("accepts a terminated pair with a reason, and a completed pair without one", () => {
    expect(
      issuesWith(
        withRow({
          Статус: "Прервана",
          "Дата окончания (факт)": rawDate("2024-10-31"),
          "Причина прекращения": "По инициативе наставляемого",
        }),
        "P007",
      ),
    ).toEqual([]);
    expect(issuesWith(withRow(endedInOctober), "P007")).toEqual([]);
  });
});

describe("P008 — a row active on D without «Приказ №» or «Приказ от»", () => {
  it("reports a missing order number on «Приказ №»", () => {
    const i = onlyIssue(withRow({ "Приказ №": null }), "P008");
    expect(i).toMatchObject({ severity: "warning", sheet: "Пары", row: 5, column: "Приказ №", value: null });
    expectRussianMessageNaming(i, "«Приказ №»");
  });

  it("reports a missing order date on «Приказ от»", () => {
    expect(onlyIssue(withRow({ "Приказ от": null }), "P008")).toMatchObject({ row: 5, column: "Приказ от" });
  });

  it("does not report rows that are not active on D or do not take part", () => {
    expect(issuesWith(withRow({ ...endedInOctober, "Приказ №": null, "Приказ от": null }), "P008")).toEqual(
      [],
    );
    expect(
      issuesWith(
        withRow({ "Приказ №": null, "Приказ от": null }, tidyMentors, "Неизвестная Ольга Петровна"),
        "P008",
      ),
    ).toEqual([]);
    expect(
      issuesWith(
        withRow({
          Статус: "Планируется",
          "Дата начала": rawDate("2025-01-13"),
          "Дата окончания (план)": rawDate("2025-05-30"),
          "Приказ №": null,
          "Приказ от": null,
        }),
        "P008",
      ),
    ).toEqual([]);
  });
});

describe("P009 — an active row whose mentor's «Согласие» is not да", () => {
  const noConsent = [
    tidyMentors[0],
    tidyMentors[1],
    mentor("Лебедева Ольга Николаевна", { Согласие: "нет" }),
  ];

  it("reports the row on «Наставник», naming the mentor", () => {
    const i = onlyIssue(withRow({}, noConsent, "Лебедева Ольга Николаевна"), "P009");
    expect(i).toMatchObject({
      severity: "error",
      sheet: "Пары",
      row: 5,
      column: "Наставник",
      value: "Лебедева Ольга Николаевна",
    });
    expectRussianMessageNaming(i, "«Лебедева Ольга Николаевна»");
  });

  it("reports an empty consent too (and F001 on «Наставники»)", () => {
    const empty = [tidyMentors[0], tidyMentors[1], mentor("Лебедева Ольга Николаевна", { Согласие: null })];
    const r = withRow({}, empty, "Лебедева Ольга Николаевна");
    expect(placesOf(r, "P009")).toEqual(["Пары!5"]);
    expect(placesOf(r, "F001")).toEqual(["Наставники!4"]);
  });

  it("does not report a mentor without consent whose pair ended before D", () => {
    expect(issuesWith(withRow(endedInOctober, noConsent, "Лебедева Ольга Николаевна"), "P009")).toEqual([]);
  });

  it("does not report a mentor with «да»", () => {
    expect(issuesWith(withRow({}, tidyMentors, SOKOLOV), "P009")).toEqual([]);
  });
});
