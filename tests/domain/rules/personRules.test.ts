/** R001 duplicate person, R002 «Молодой специалист» vs стаж, R003 mentor without pairs. */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue, placesOf } from "../evaluate";
import { mentee, mentor, pair } from "../builders";
import { KRYLOVA, SOKOLOV, tidy, tidyMentees, tidyMentors, tidyPairs } from "./tidySchool";

describe("R001 — the same ФИО key twice on a sheet", () => {
  it("reports the second and later rows, not the first, with the name as written", () => {
    const r = evaluate(
      tidy({
        mentees: [
          ...tidyMentees,
          mentee("КРЫЛОВА  Дарья Олеговна"),
          mentee("крылова дарья олеговна", { "Педагогический стаж, лет": 2 }),
        ],
      }),
    );
    expect(placesOf(r, "R001")).toEqual(["Наставляемые!5", "Наставляемые!6"]);
    const i = issuesWith(r, "R001")[0];
    expect(i).toMatchObject({ severity: "error", column: "ФИО", value: "КРЫЛОВА Дарья Олеговна" });
    expectRussianMessageNaming(i, "«КРЫЛОВА Дарья Олеговна»");
    expect(i.message).toContain("2");
  });

  it("treats ё and е as the same letter", () => {
    const r = evaluate(
      tidy({
        mentors: [mentor("Семёнова Алёна Петровна"), ...tidyMentors, mentor("Семенова Алена Петровна")],
      }),
    );
    expect(placesOf(r, "R001")).toEqual(["Наставники!5"]);
  });

  it("does not report one person who is a mentor and a mentee (different sheets)", () => {
    const r = evaluate(
      tidy({ mentees: [...tidyMentees, mentee(SOKOLOV, { "Педагогический стаж, лет": 20 })] }),
    );
    expect(issuesWith(r, "R001")).toEqual([]);
  });

  it("does not report namesakes with different patronymics", () => {
    const r = evaluate(
      tidy({ mentees: [...tidyMentees, mentee("Крылова Дарья Олеговна".replace("Олеговна", "Игоревна"))] }),
    );
    expect(issuesWith(r, "R001")).toEqual([]);
  });
});

describe("R002 — «Молодой специалист» contradicts стаж", () => {
  const one = (o: Record<string, unknown>, settings?: Record<string, number>) =>
    evaluate(
      tidy({
        mentees: [...tidyMentees, mentee("Лебедев Олег Игоревич", o as never)],
        ...(settings ? { settings } : {}),
      }),
    );

  it("reports да with стаж above the setting, on the «Молодой специалист» cell", () => {
    const i = onlyIssue(one({ "Молодой специалист": "да", "Педагогический стаж, лет": 5 }), "R002");
    expect(i).toMatchObject({
      severity: "warning",
      sheet: "Наставляемые",
      row: 5,
      column: "Молодой специалист",
      value: "да",
    });
    expectRussianMessageNaming(i, "«Лебедев Олег Игоревич»");
  });

  it("reports нет for a Педагог with стаж within the setting", () => {
    const i = onlyIssue(one({ "Молодой специалист": "Нет", "Педагогический стаж, лет": "2 года" }), "R002");
    expect(i).toMatchObject({ row: 5, column: "Молодой специалист", value: "Нет" });
  });

  it.each<[string, Record<string, unknown>, Record<string, number> | undefined]>([
    ["да with стаж exactly 3", { "Молодой специалист": "да", "Педагогический стаж, лет": 3 }, undefined],
    [
      "да with стаж 5 when the setting is 5",
      { "Молодой специалист": "да", "Педагогический стаж, лет": 5 },
      { "Молодой специалист: стаж не более, лет": 5 },
    ],
    ["нет with стаж 4", { "Молодой специалист": "нет", "Педагогический стаж, лет": 4 }, undefined],
    [
      "нет for a student without стаж",
      { Категория: "Обучающийся", "Молодой специалист": "нет", "Педагогический стаж, лет": null },
      undefined,
    ],
    [
      "нет for a student with стаж 0",
      { Категория: "Обучающийся", "Молодой специалист": "нет", "Педагогический стаж, лет": 0 },
      undefined,
    ],
    ["an empty mark (derived)", { "Молодой специалист": null, "Педагогический стаж, лет": 10 }, undefined],
    ["да with an empty стаж", { "Молодой специалист": "да", "Педагогический стаж, лет": null }, undefined],
  ])("does not report %s", (_why, o, settings) => {
    expect(issuesWith(one(o, settings), "R002")).toEqual([]);
  });
});

describe("R003 — a mentor has no row on «Пары»", () => {
  it("reports an unused mentor as info on the ФИО cell", () => {
    const r = evaluate(tidy({ mentors: [...tidyMentors, mentor("Лебедева Ольга Николаевна")] }));
    const i = onlyIssue(r, "R003");
    expect(i).toMatchObject({
      severity: "info",
      sheet: "Наставники",
      row: 4,
      column: "ФИО",
      value: "Лебедева Ольга Николаевна",
    });
    expectRussianMessageNaming(i, "«Лебедева Ольга Николаевна»");
  });

  it("does not report a mentor whose only row is planned, spelt differently", () => {
    const r = evaluate(
      tidy({
        mentors: [...tidyMentors, mentor("Лебедева Ольга Николаевна")],
        pairs: [
          ...tidyPairs,
          pair("9", "лебедева  ольга николаевна", KRYLOVA, {
            Статус: "Планируется",
            "Дата начала": "10.01.2025",
            "Дата окончания (план)": "10.06.2025",
            "Приказ от": null,
            "Приказ №": null,
          }),
        ],
      }),
    );
    expect(issuesWith(r, "R003")).toEqual([]);
  });

  it("does not report a mentor whose only pair is over", () => {
    const r = evaluate(
      tidy({
        mentors: [...tidyMentors, mentor("Лебедева Ольга Николаевна")],
        pairs: [
          ...tidyPairs,
          pair("9", "Лебедева Ольга Николаевна", KRYLOVA, {
            Статус: "Завершена",
            "Дата начала": "01.02.2024",
            "Дата окончания (план)": "31.05.2024",
            "Дата окончания (факт)": "31.05.2024",
            "Приказ от": "31.01.2024",
          }),
        ],
      }),
    );
    expect(issuesWith(r, "R003")).toEqual([]);
  });
});
