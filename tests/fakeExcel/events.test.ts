import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../paths";
import { createFakeExcel, DEFAULT_REQUIREMENT_SETS, installFakeOffice } from "./index";
import { manifestRequiredSets } from "./manifestSets";

// Events, page layout and screen updating come with later sets than the manifest's minimum: these
// tests of the fake itself run it at every set it models.
const seeded = () =>
  createFakeExcel(
    { sheets: [{ name: "Пары", rows: [["ФИО"]] }, { name: "Люди" }] },
    { requirementSets: DEFAULT_REQUIREMENT_SETS },
  );

describe("events", () => {
  test("onChanged handlers run only while runtime.enableEvents is true", async () => {
    const fake = seeded();
    const seen: string[] = [];
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Пары").onChanged.add(async (e) => {
        seen.push(`${e.source}:${e.address}`);
      });
      await ctx.sync();
    });
    expect(await fake.fireWorksheetChanged({ worksheetName: "Пары", address: "B3", source: "Local" })).toBe(
      1,
    );
    expect(await fake.fireWorksheetChanged({ worksheetName: "Люди", address: "B3" })).toBe(0);
    await fake.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      await ctx.sync();
    });
    expect(await fake.fireWorksheetChanged({ worksheetName: "Пары", address: "C4" })).toBe(0);
    await fake.Excel.run(async (ctx) => {
      ctx.runtime.load("enableEvents");
      await ctx.sync();
      expect(ctx.runtime.enableEvents).toBe(false);
      ctx.runtime.enableEvents = true;
    });
    expect(await fake.fireWorksheetChanged({ worksheetName: "Пары", address: "D5", source: "Remote" })).toBe(
      1,
    );
    expect(seen).toEqual(["Local:B3", "Remote:D5"]);
  });

  test("the add-in's own writes raise onChanged unless it disabled events for them", async () => {
    const fake = seeded();
    const seen: string[] = [];
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(e.address);
        await fake.Excel.run(async (c2) => {
          const r = e.getRange(c2).load("values");
          await c2.sync();
          seen.push(String(r.values[0]![0]));
        });
      });
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Пары").getRange("A2").values = [["шумно"]];
      await ctx.sync();
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Пары").getRange("A3").values = [["тихо"]];
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await fake.idle();
    expect(seen).toEqual(["A2", "шумно"]);
    expect(fake.stats.changesWithEventsEnabled).toBe(1);
  });

  test("a removed handler is no longer called", async () => {
    const fake = seeded();
    let calls = 0;
    const handle = await fake.Excel.run(async (ctx) => {
      const h = ctx.workbook.worksheets.getItem("Пары").onChanged.add(async () => void calls++);
      await ctx.sync();
      return h;
    });
    await fake.fireWorksheetChanged({ worksheetName: "Пары", address: "A1" });
    await fake.Excel.run(handle.context, async (ctx) => {
      handle.remove();
      await ctx.sync();
    });
    await fake.fireWorksheetChanged({ worksheetName: "Пары", address: "A1" });
    expect(calls).toBe(1);
  });
});

describe("selection and sheets", () => {
  test("select() records sheet and address and activates the sheet", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Люди").getRange("C7").select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(sel.address).toBe("Люди!C7");
      expect(active.name).toBe("Люди");
    });
    expect(fake.state.selection).toEqual({ sheet: "Люди", address: "C7" });
    expect(fake.state.activeSheet).toBe("Люди");
  });

  test("add, rename, move, hide, delete; the last visible sheet is protected", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const report = sheets.add("Отчёт");
      report.position = 0;
      report.tabColor = "#00b050";
      sheets.getItem("Люди").visibility = "Hidden";
      sheets.add("Пары");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      sheets.getItem("Пары").name = "Пары[1]";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      sheets.getItem("Пары").delete();
      sheets.getItem("Отчёт").visibility = "VeryHidden";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(fake.state.sheets.map((s) => [s.name, s.visibility, s.tabColor])).toEqual([
      ["Отчёт", "Visible", "#00B050"],
      ["Люди", "Hidden", ""],
    ]);
  });

  test("freeze panes and page layout are recorded", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Пары");
      sheet.freezePanes.freezeRows(2);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$2");
      const loc = sheet.freezePanes.getLocationOrNullObject().load("address");
      await ctx.sync();
      expect(loc.address).toBe("Пары!1:2");
    });
    const s = fake.state.sheet("Пары");
    expect(s.freezeRows).toBe(2);
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
    });
  });

  test("screen-updating suspension is counted", async () => {
    const fake = seeded();
    await fake.Excel.run(async (ctx) => {
      ctx.application.suspendScreenUpdatingUntilNextSync();
      await ctx.sync();
    });
    expect(fake.stats.screenUpdatingSuspensions).toBe(1);
  });
});

describe("Office globals", () => {
  test("installFakeOffice puts Excel, Office and OfficeExtension on a global object and restores it", async () => {
    const fake = createFakeExcel(undefined, { requirementSets: { ExcelApi: "1.12" } });
    const target: Record<string, unknown> = { Office: "old" };
    const restore = installFakeOffice(target, fake);
    const office = target.Office as typeof Office;
    expect(await office.onReady()).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(office.HostType.Excel).toBe("Excel");
    expect(office.context.displayLanguage).toBe("ru-RU");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(office.context.officeTheme.bodyBackgroundColor).toBe("#FFFFFF");
    const excel = target.Excel as typeof Excel;
    const name = await excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      return s.name;
    });
    expect(name).toBe("Лист1");
    const err = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("нет");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf((target.OfficeExtension as typeof OfficeExtension).Error);
    restore();
    expect(target).toEqual({ Office: "old" });
  });

  test("by default the host has the requirement sets manifest.xml declares, no more", () => {
    const declared = manifestRequiredSets();
    // (What the manifest says today; the tests follow whatever it says.)
    expect(declared).toEqual({ ExcelApi: expect.stringMatching(/^1\.\d+$/) });
    const [major, minor] = declared.ExcelApi.split(".").map(Number);
    const fake = createFakeExcel();
    const supported = (v: string) => fake.Office.context.requirements.isSetSupported("excelapi", v);
    expect(supported(declared.ExcelApi)).toBe(true);
    expect(supported(`${major}.${minor + 1}`)).toBe(false);
    // Asked for, the fake goes as high as it implements.
    const newest = createFakeExcel(undefined, { requirementSets: DEFAULT_REQUIREMENT_SETS });
    expect(newest.Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
  });

  test("the manifest's sets are read from manifest.xml itself", () => {
    const xml = readFileSync(join(REPO_ROOT, "manifest.xml"), "utf8");
    const declared = manifestRequiredSets();
    for (const [name, version] of Object.entries(declared))
      expect(xml).toMatch(new RegExp(`<Set Name="${name}" MinVersion="${version.replace(".", "\\.")}"`));
  });
});
