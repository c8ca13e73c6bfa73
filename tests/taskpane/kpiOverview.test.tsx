/** @jest-environment jsdom */
/**
 * The overview at the top of «Показатели»: the three coverage shares as one chart against their
 * targets, the other KPIs as tiles with their status word, the cards on demand. A built school whose
 * coverage is «близко» and whose written consent is not complete, so a legal requirement reads
 * «не выполнено» where a graded KPI at the same share would read «близко».
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { evaluateWorkbook } from "../../src/domain/engine";
import { percentText } from "../../src/domain/format/numbers";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import { headlineOf } from "../../src/domain/kpi/headline";
import { kpiReadings } from "../../src/domain/kpi/reading";
import { statusLabels, statusOfKpi, statusTones } from "../../src/domain/kpi/status";
import type { KpiValues } from "../../src/domain/kpi/types";
import { KpiPanel } from "../../src/taskpane/panels/KpiPanel";
import { mentee, mentor, pair, school } from "../domain/builders";
import { M, N } from "../domain/kpi/people";
import { renderPanel, settle, useBrowserStubs } from "./renderPane";
import { portFromGrid } from "./schools";

useBrowserStubs();

const NBSP = "\u00A0";
const FIFTH = "Громова Елена Павловна";
const EXPERIENCED = "Громов Илья Павлович";
const COVERAGE = ["young_mentored", "teachers_involved", "students_involved"] as const;

// Eight young teachers, five of them with a mentor: 62,5 % against 70 % is «близко». One of the
// five mentors has not given written consent: 80 %, which a graded KPI would call «близко» but a
// legal requirement calls «не выполнено»; one pair has no order.
const grid = school({
  info: { "Численность педагогических работников": 20 },
  mentors: [mentor(M[0]), mentor(M[1]), mentor(M[2]), mentor(M[3], { Согласие: "нет" }), mentor(FIFTH)],
  mentees: [...N.map((n) => mentee(n)), mentee(EXPERIENCED, { "Педагогический стаж, лет": 12 })],
  pairs: [
    pair("1", M[0], N[0]),
    pair("2", M[1], N[1]),
    pair("3", M[2], N[2], { "Приказ №": null }),
    pair("4", M[3], N[3]),
    pair("5", M[0], N[4]),
    pair("6", FIFTH, EXPERIENCED),
  ],
});
const values: KpiValues = evaluateWorkbook(grid).kpis!.values;

async function open() {
  renderPanel(portFromGrid(grid), <KpiPanel onWorkbookChanged={() => undefined} />);
  await settle();
}

test("the data is what the test is about: coverage close to target, consent and orders not complete", () => {
  expect(values.young_mentored).toMatchObject({ numerator: 5, denominator: 8 });
  expect(statusOfKpi("young_mentored", values)).toBe("close");
  expect(statusOfKpi("consent", values)).toBe("unfulfilled");
  expect(statusOfKpi("formalized", values)).toBe("unfulfilled");
  expect(values.consent).toMatchObject({ numerator: 4, denominator: 5, target: 1 });
  expect(statusOfKpi("young_mentored", { ...values, young_mentored: values.consent })).toBe("close");
});

test("one chart of the three coverage shares: name, value in the Russian style, bar to scale, target tick", async () => {
  await open();
  const chart = screen.getByRole("img", { name: /^Охват наставничеством на 20\.12\.2024\./ });
  expect(chart).toHaveAccessibleName(
    expect.stringContaining(
      `Молодые специалисты с наставником: 62,5${NBSP}% (5 из 8), цель 70${NBSP}%, близко`,
    ),
  );
  for (const id of COVERAGE) {
    const row = within(chart).getByTestId(`coverage-${id}`);
    const s = values[id];
    // textContent, not toHaveTextContent, which would fold the no-break space into a plain one.
    expect(row.textContent).toBe(`${kpiReadings[id].tile}${percentText(s.value)}`);
    expect(row.dataset.tone).toBe(statusTones[statusOfKpi(id, values)]);
    const fill = row.querySelector('[data-testid="share-bar-fill"]');
    if (s.value === null || s.value === 0) expect(fill).toBeNull();
    else expect(fill).toHaveAttribute("width", `${s.value * 100}%`);
    expect(row.querySelector('[data-testid="share-bar-target"]')).toHaveAttribute(
      "x1",
      `${s.target! * 100}%`,
    );
  }
  expect(within(chart).getByTestId("coverage-young_mentored").textContent).toContain(`62,5${NBSP}%`);
  // The title is short; the legend names what the tick is.
  expect(chart.textContent).toMatch(new RegExp(`^Охват на 20\\.12\\.2024цель 70${NBSP}%Молодые`));
});

test("the other KPIs as tiles: short name, figure, status word; a legal requirement is met or not, never «близко»", async () => {
  await open();
  const tiles = within(screen.getByTestId("kpi-tiles")).getAllByRole("button");
  const expected = kpiCatalogue.filter((d) => !(COVERAGE as readonly string[]).includes(d.id));
  expect(tiles.map((t) => t.dataset.testid)).toEqual(expected.map((d) => `tile-${d.id}`));
  for (const def of expected) {
    const tile = screen.getByTestId(`tile-${def.id}`);
    const status = statusOfKpi(def.id, values);
    const word = statusTones[status] === "none" ? "" : statusLabels[status];
    const h = headlineOf(def, values);
    expect([def.id, tile.textContent]).toEqual([def.id, `${kpiReadings[def.id].tile}${h.text}${word}`]);
    // The full title, and what a bare figure means, in the tooltip.
    expect(tile.title).toBe(`${def.title}${h.unit ? ` (${h.unit})` : ""}: открыть карточку`);
    if (kpiReadings[def.id].assessment === "required") expect(["выполнено", "не выполнено"]).toContain(word);
  }
  expect(screen.getByTestId("tile-consent").textContent).toBe(`Согласия наставников80,0${NBSP}%не выполнено`);
  expect(screen.getByTestId("tile-active_groups")).toHaveTextContent(/^Пары и группы6$/);
  expect(screen.getByTestId("tile-mentor_load")).toHaveTextContent("Средняя нагрузка1,2");
});

test("cards on demand: hidden at first; a tile opens them at its KPI; the button hides them again", async () => {
  await open();
  expect(screen.queryByTestId("kpi-cards")).not.toBeInTheDocument();
  fireEvent.click(screen.getByTestId("tile-consent"));
  await settle();
  expect(screen.getByTestId("kpi-cards").children).toHaveLength(kpiCatalogue.length);
  expect(screen.getByTestId("kpi-consent")).toHaveFocus();
  expect(within(screen.getByTestId("kpi-consent")).getByTestId("kpi-status")).toHaveTextContent(
    "не выполнено",
  );
  const toggle = screen.getByRole("button", { name: "Скрыть карточки показателей" });
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  fireEvent.click(toggle);
  expect(screen.queryByTestId("kpi-cards")).not.toBeInTheDocument();
  expect(
    screen.getByRole("button", { name: `Все показатели подробно (${kpiCatalogue.length})` }),
  ).toHaveAttribute("aria-expanded", "false");
});
