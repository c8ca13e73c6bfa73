/** @jest-environment jsdom */
/**
 * The pane and the command line show the same numbers: for each generated school workbook, every figure of
 * `nastavnik kpi --json` is on the KPI panel's card, unrounded in `data-value`, and its text is
 * that number as the pane rounds it.
 */
import { screen } from "@testing-library/react";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import { KpiPanel } from "../../src/taskpane/panels/KpiPanel";
import { decimalText, percentText } from "../../src/domain/format/numbers";
import { nastavnikJson } from "../cli/run";
import { school } from "../fixtures/schoolFiles";
import { renderPanel, settle, showKpiCards, useBrowserStubs } from "./renderPane";
import { SCHOOL_FILES, schoolPort } from "./schools";

useBrowserStubs();

type Json = number | null | string | boolean | { [key: string]: Json };

/** `{mentor: {mean: 6, n: 1}}` → `[["mentor.mean", 6], ["mentor.n", 1]]`. */
function leaves(value: Json, prefix = ""): [string, number | null][] {
  if (value === null || typeof value === "number") return [[prefix, value]];
  if (typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  throw new Error(`unexpected ${typeof value} at ${prefix}`);
}

/** The card's figures as the DOM carries them: field path → exact number, and the text shown. */
function cardFields(id: string): Map<string, { value: number | null; text: string }> {
  const card = screen.getByTestId(`kpi-${id}`);
  const fields = new Map<string, { value: number | null; text: string }>();
  for (const el of card.querySelectorAll<HTMLElement>("[data-field]")) {
    const raw = el.dataset.value!;
    fields.set(el.dataset.field!, { value: raw === "null" ? null : Number(raw), text: el.textContent ?? "" });
  }
  return fields;
}

const cli = nastavnikJson(["kpi", ...SCHOOL_FILES.map(school)]).json;

describe.each(SCHOOL_FILES.map((name, i) => [name, i] as const))("%s", (name, index) => {
  const fromCli = cli.files[index];

  it("every KPI figure on the pane equals `nastavnik kpi --json`", async () => {
    expect(fromCli.file).toBe(school(name));
    const view = renderPanel(await schoolPort(name), <KpiPanel onWorkbookChanged={() => undefined} />);
    await settle();
    showKpiCards();
    expect(screen.getByTestId("kpi-cards").dataset.asOf).toBe(fromCli.asOf);

    // Every KPI of the catalogue, and every figure the CLI prints for it.
    expect(Object.keys(fromCli.kpis).sort()).toEqual(kpiCatalogue.map((k) => k.id).sort());
    for (const def of kpiCatalogue) {
      const shown = cardFields(def.id);
      const printed = leaves(fromCli.kpis[def.id]);
      expect(printed.length).toBeGreaterThan(0);
      for (const [path, value] of printed) {
        const at = `${def.id}.${path}`;
        expect([at, shown.get(path)?.value]).toEqual([at, value]);
        const text = shown.get(path)!.text;
        if (path === "target") continue; // «цель 70 %» / «цель не задана»
        const want =
          path === "value" && def.kind !== "groups" && def.kind !== "count"
            ? percentText(value)
            : decimalText(value);
        expect([at, text]).toEqual([at, want]);
      }
    }
    view.unmount();
  });
});
