/** «План»: L001 overdue event, L002 «Выполнено» without «Дата выполнения». */
import { evaluate, expectRussianMessageNaming, issuesWith, onlyIssue, placesOf } from "../evaluate";
import { PLAN_HEADERS, planItem, rawDate } from "../builders";
import { tidy, tidyPlan } from "./tidySchool";

const withItem = (o: Record<string, unknown>) =>
  evaluate(tidy({ plan: [...tidyPlan, planItem("Открытые уроки молодых педагогов", o as never)] }));

describe("L001 — Срок before D and Статус not «Выполнено»", () => {
  it("reports a planned event due the day before D, on its «Срок»", () => {
    const i = onlyIssue(
      withItem({ Срок: rawDate("2024-12-19"), Статус: "Запланировано", "Дата выполнения": null }),
      "L001",
    );
    expect(i).toMatchObject({
      severity: "warning",
      sheet: "План",
      row: 3,
      column: "Срок",
      value: "19.12.2024",
    });
    expectRussianMessageNaming(i, "«Открытые уроки молодых педагогов»");
  });

  it.each(["Не выполнено", "Перенесено", "перенесён"])("reports «%s» past its deadline", (status) => {
    expect(
      placesOf(withItem({ Срок: "01.11.2024", Статус: status, "Дата выполнения": null }), "L001"),
    ).toEqual(["План!3"]);
  });

  it("does not report an event due on D, nor one done", () => {
    expect(
      issuesWith(
        withItem({ Срок: rawDate("2024-12-20"), Статус: "Запланировано", "Дата выполнения": null }),
        "L001",
      ),
    ).toEqual([]);
    expect(
      issuesWith(
        withItem({ Срок: rawDate("2024-11-01"), Статус: "Выполнена", "Дата выполнения": "30.10.2024" }),
        "L001",
      ),
    ).toEqual([]);
  });
});

describe("L002 — «Выполнено» without «Дата выполнения»", () => {
  it("reports the empty date cell", () => {
    const i = onlyIssue(withItem({ Статус: "Выполнено", "Дата выполнения": null }), "L002");
    expect(i).toMatchObject({
      severity: "warning",
      sheet: "План",
      row: 3,
      column: "Дата выполнения",
      value: null,
    });
    expectRussianMessageNaming(i, "«Открытые уроки молодых педагогов»");
  });

  it("does not report a done event with its date, nor an event not yet done", () => {
    expect(issuesWith(withItem({ Статус: "Выполнено", "Дата выполнения": "15.10.2024" }), "L002")).toEqual(
      [],
    );
    expect(
      issuesWith(withItem({ Срок: "15.01.2025", Статус: "Запланировано", "Дата выполнения": null }), "L002"),
    ).toEqual([]);
  });

  it("does not report done events of a road map that keeps no «Дата выполнения» column at all", () => {
    // The seed-004 road map marks events «+» and has no column for the date: nothing to fill in.
    const r = evaluate(
      tidy({ plan: [...tidyPlan, planItem("Открытые уроки молодых педагогов", { Статус: "+" })] }),
      { layout: { План: { columns: PLAN_HEADERS.filter((h) => h !== "Дата выполнения") } } },
    );
    expect(issuesWith(r, "L002")).toEqual([]);
    expect(r.kpis!.values.plan_done.numerator).toBeGreaterThan(0);
  });
});
