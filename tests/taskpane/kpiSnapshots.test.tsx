/** @jest-environment jsdom */
/**
 * «Зафиксировать срез» on «Показатели», on school-01 through the memory port: the first click
 * creates «Срезы» with the figures of the date shown; after another date is fixed, the cards show
 * the change since the previous snapshot — the difference of the engine's own values at the two
 * dates; a bad row typed into «Срезы» is listed with its cell.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { evaluateWorkbook } from "../../src/domain/engine";
import { snapshotHistory } from "../../src/domain/snapshots/history";
import { snapshotMeasures } from "../../src/domain/snapshots/measures";
import { KpiPanel } from "../../src/taskpane/panels/KpiPanel";
import { day } from "../domain/builders";
import type { MemoryPort } from "./memoryPort";
import { renderPanel, settle, showKpiCards, useBrowserStubs } from "./renderPane";
import { schoolPort, TIDY } from "./schools";

useBrowserStubs();

const dateInput = () => screen.getByLabelText("Дата расчёта") as HTMLInputElement;
const fixButton = () => screen.getByRole("button", { name: /^Зафиксировать срез/ });

async function open(port: MemoryPort) {
  renderPanel(port, <KpiPanel onWorkbookChanged={() => undefined} />);
  await settle();
  showKpiCards();
}

async function fixAt(iso: string) {
  fireEvent.change(dateInput(), { target: { value: iso } });
  await settle();
  fireEvent.click(fixButton());
  await settle();
}

test("two snapshots: «Срезы» is written, and the cards show the change between the two dates", async () => {
  const port = await schoolPort(TIDY);
  await open(port);
  expect(screen.getByTestId("snapshots")).toHaveTextContent("Срезов ещё нет");
  expect(screen.queryAllByTestId("kpi-change")).toEqual([]);

  await fixAt("2024-10-01");
  expect(port.calls.apply).toBe(1);
  expect(screen.getByTestId("snapshots")).toHaveTextContent("Срез на 01.10.2024 записан на лист «Срезы»");
  await fixAt("2024-12-20");
  expect(port.calls.apply).toBe(2);

  const grid = await port.readWorkbook();
  const history = snapshotHistory(evaluateWorkbook(grid).wb.snapshots.rows);
  expect(history.map((s) => s.date)).toEqual([day("2024-10-01"), day("2024-12-20")]);
  expect(screen.getByTestId("snapshots")).toHaveTextContent("В книге 2 среза, последний — 20.12.2024");
  expect(screen.getByTestId("snapshots")).toHaveTextContent("Срез на 20.12.2024 уже есть");

  // On 20.12 the previous snapshot is 01.10: each card's change is the engine's difference.
  const autumn = evaluateWorkbook(grid, { asOf: day("2024-10-01") }).kpis!.values;
  const winter = evaluateWorkbook(grid, { asOf: day("2024-12-20") }).kpis!.values;
  const young = snapshotMeasures.find((m) => m.code === "young_mentored")!;
  const want = winter.young_mentored.value! - autumn.young_mentored.value!;
  const change = within(screen.getByTestId("kpi-young_mentored")).getByTestId("kpi-change");
  expect(Number(change.dataset.delta)).toBeCloseTo(want, 12);
  expect(change).toHaveTextContent(/с прошлого среза \(01\.10\.2024\)/);
  expect(change).toHaveTextContent(`${want > 0 ? "+" : ""}${(want * 100).toFixed(1).replace(".", ",")} п.п.`);
  expect(young.of(winter)).toEqual(history[1].figures.get("young_mentored"));
  // Satisfaction has a line per side.
  const satisfaction = within(screen.getByTestId("kpi-satisfaction")).queryAllByTestId("kpi-change");
  expect(satisfaction.map((c) => c.dataset.code).sort()).toEqual(
    [...history[0].figures.keys()]
      .filter((k) => k.startsWith("satisfaction."))
      .filter((k) => history[0].figures.get(k)!.denominator !== 0)
      .sort(),
  );

  // Back on 01.10 there is no earlier snapshot: no change is shown.
  fireEvent.change(dateInput(), { target: { value: "2024-10-01" } });
  await settle();
  expect(screen.queryAllByTestId("kpi-change")).toEqual([]);
});

test("a row of «Срезы» that cannot be read is listed with its cell and selects it", async () => {
  const port = await schoolPort(TIDY);
  port.addSheet("Срезы", [
    ["Дата среза", "Код показателя", "Числитель", "Знаменатель"],
    ["01.10.2024", "young_mentored", 5, 11],
    ["01.10.2024", "teachers_involved", "пятнадцать", 40],
  ]);
  await open(port);
  expect(screen.getByTestId("snapshots")).toHaveTextContent("не прочитано строк: 1");
  const problem = screen.getByTestId("snapshot-problem");
  expect(problem).toHaveTextContent("«Числитель» «пятнадцать»: нужно неотрицательное число; строка 3");
  fireEvent.click(problem);
  await settle();
  expect(port.selections).toEqual([{ sheet: "Срезы", address: "C3" }]);
  // The good row still counts: on 20.12 the young specialists card compares with 01.10.
  expect(within(screen.getByTestId("kpi-young_mentored")).getByTestId("kpi-change")).toHaveTextContent(
    "01.10.2024",
  );
});

test("a failed write is shown, and nothing is claimed as written", async () => {
  const port = await schoolPort(TIDY);
  port.addSheet("Срезы", [["Заметки"], ["не трогать"]]);
  await open(port);
  fireEvent.click(fixButton());
  await settle();
  expect(screen.getByText("Срез не записан")).toBeInTheDocument();
  expect(screen.getByTestId("snapshots")).toHaveTextContent("нет строки заголовков срезов");
  expect(screen.getByTestId("snapshots")).not.toHaveTextContent("записан на лист");
  expect(port.calls.apply).toBe(0);
});
