/**
 * The fake must bundle for the browser (it replaces office.js in browser tests): no Node-only
 * imports, and it must run in a bare JavaScript realm.
 */
import { build } from "esbuild";
import path from "node:path";
import vm from "node:vm";

test("bundles with esbuild for the browser and runs without Node globals", async () => {
  const result = await build({
    entryPoints: [path.join(__dirname, "index.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "FakeExcelHost",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  expect(result.errors).toEqual([]);
  const code = result.outputFiles[0]!.text;
  expect(code).not.toMatch(/require\(["'](node:|fs|path|vm|util)/);

  const sandbox: Record<string, unknown> = { queueMicrotask, console };
  vm.createContext(sandbox);
  vm.runInContext(`${code}\nglobalThis.FakeExcelHost = FakeExcelHost;`, sandbox);
  const lib = sandbox.FakeExcelHost as typeof import("./index");
  const fake = lib.createFakeExcel({ sheets: [{ name: "Пары", rows: [["ФИО"]] }] });
  lib.installFakeOffice(sandbox, fake);
  const value = await vm.runInContext(
    `Office.onReady().then(() => Excel.run(async (ctx) => {
       const r = ctx.workbook.worksheets.getItem("Пары").getRange("A1").load("values");
       await ctx.sync();
       return r.values[0][0];
     }))`,
    sandbox,
  );
  expect(value).toBe("ФИО");
});
