/** @jest-environment jsdom */
/**
 * «Свод» at a glance, over five built schools: the pooled coverage against its target, and the
 * schools ranked by a coverage KPI from the highest share down, those below the target marked in
 * words (not colour alone), those without a value named apart; another KPI re-ranks them, and the
 * list narrows to the schools below target.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { consolidationInput } from "../../src/domain/consolidation/readInput";
import { percentText } from "../../src/domain/format/numbers";
import { ConsolidationOverview } from "../../src/taskpane/panels/consolidation/ConsolidationOverview";
import { mentee, mentor, pair, school } from "../domain/builders";
import { useBrowserStubs } from "./renderPane";

useBrowserStubs();

const NBSP = "\u00A0";

/** A school whose young specialists: `mentored` of `young` have a mentor; teachers as given. */
function schoolFile(code: string, young: number, mentored: number, teachers: number) {
  const mentees = Array.from({ length: young }, (_, i) => mentee(`Молодой ${code} Специалист ${i + 1}`));
  const pairs = Array.from({ length: mentored }, (_, i) =>
    pair(String(i + 1), `Наставник ${code} Первый Иванович`, `Молодой ${code} Специалист ${i + 1}`),
  );
  const grid = school({
    info: {
      "Код ОО": code,
      "Наименование ОО": `МБОУ «Школа ${code}»`,
      "Численность педагогических работников": teachers,
    },
    mentors: [mentor(`Наставник ${code} Первый Иванович`)],
    mentees,
    pairs,
  });
  return consolidationInput(`${code}.xlsx`, grid);
}

const c = consolidate([
  schoolFile("ОО-1", 10, 9, 40), // 90 %
  schoolFile("ОО-2", 10, 5, 40), // 50 %: below 70 %
  schoolFile("ОО-3", 4, 3, 40), // 75 %
  schoolFile("ОО-4", 0, 0, 40), // no young specialists: no value
  schoolFile("ОО-5", 8, 5, 40), // 62,5 %: below, close
]);

function open() {
  render(
    <FluentProvider theme={webLightTheme}>
      <ConsolidationOverview c={c} />
    </FluentProvider>,
  );
}

const rows = () => screen.getAllByTestId("ranked-school");

test("pooled coverage: the sums of numerators and denominators of every school", () => {
  open();
  const chart = screen.getByTestId("pooled-coverage");
  expect(c.total.values.young_mentored).toMatchObject({ numerator: 22, denominator: 32 });
  expect(within(chart).getByTestId("coverage-young_mentored").textContent).toBe(
    `Молодые специалисты${percentText(22 / 32)}`,
  );
  expect(chart).toHaveAccessibleName(expect.stringMatching(/^Охват по всем ОО \(5\)/));
});

test("schools ranked highest first, below-target ones marked in words, the school without a value apart", () => {
  open();
  expect(rows().map((r) => [r.textContent?.replace(/ниже цели.*$/, ""), r.dataset.below])).toEqual([
    [`1. ОО-1 МБОУ «Школа ОО-1»90,0${NBSP}%`, "false"],
    [`2. ОО-3 МБОУ «Школа ОО-3»75,0${NBSP}%`, "false"],
    [`3. ОО-5 МБОУ «Школа ОО-5»62,5${NBSP}%`, "true"],
    [`4. ОО-2 МБОУ «Школа ОО-2»50,0${NBSP}%`, "true"],
  ]);
  expect(rows()[2].textContent).toContain(`ниже цели 70${NBSP}% — близко`);
  expect(rows()[3].textContent).toContain(`ниже цели 70${NBSP}% — далеко`);
  expect(rows()[0].textContent).not.toContain("ниже цели");
  expect(screen.getByTestId("ranking-summary")).toHaveTextContent(
    "Ниже цели: 2 из 4 ОО. Без значения (знаменатель 0): 1.",
  );
  expect(screen.getByText("Без значения: ОО-4.")).toBeInTheDocument();
});

test("only the schools below target, keeping their ranks; another KPI re-ranks", () => {
  open();
  fireEvent.click(screen.getByRole("switch", { name: "Только ниже цели" }));
  expect(rows().map((r) => r.textContent?.slice(0, 6))).toEqual(["3. ОО-", "4. ОО-"]);
  fireEvent.click(screen.getByRole("switch", { name: "Только ниже цели" }));

  fireEvent.change(screen.getByRole("combobox", { name: "ОО по показателю" }), {
    target: { value: "teachers_involved" },
  });
  const teachers = c.files
    .map((f) => [f.school!.code, f.kpis!.values.teachers_involved.value!] as const)
    .sort((a, b) => b[1] - a[1]);
  expect(rows().map((r) => r.textContent?.split(" ")[1])).toEqual(teachers.map(([code]) => code));
  // Every school is far below 70 % of its teachers: all marked.
  expect(rows().every((r) => r.dataset.below === "true")).toBe(true);
});
