/**
 * bench/consolidateForms — `consolidate` over monitoring forms (forms.md): 300 filled product forms,
 * and 300 of a region's own forms read through a mapping (labels found on the sheet), end to end
 * in-process (read + forms + pooling + plan + write), next to a read-only openpyxl pass over the
 * same files as the yardstick. Files are written once into a temp folder and reused. Prints
 * figures; asserts nothing. (Kept apart from bench/consolidate.ts, which covers school workbooks.)
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { consolidateFiles } from "../src/cli/commands/consolidate";
import type { Output } from "../src/cli/output";
import { consolidationPlan } from "../src/domain/consolidation/consolidationPlan";
import { formParts } from "../src/domain/forms/formParts";
import { FORM_FIRST_ROW, formPlan } from "../src/domain/forms/formPlan";
import { type FormMap, readFormMap } from "../src/domain/forms/formMap";
import type { CellBlock, PlanValue, WritePlan } from "../src/domain/plan/writePlan";
import { dayFromYmd } from "../src/domain/values/dates";
import { writePlanToBuffer } from "../src/xlsx/writePlan";
import { writePlanToFile } from "../src/xlsx/writeFile";
import { openpyxlSeconds } from "./openpyxlPass";
import { prng } from "./synthetic";

const FILES = 300;
const DIR = join(tmpdir(), "nastavnik-bench-forms", `v1-${FILES}`);
const quiet: Output = { line() {}, json() {}, error() {}, progress() {}, progressDone() {} };

/** A filled product form: the blank plan with the identification and every D cell typed. */
function filledForm(i: number): WritePlan {
  const rnd = prng(i + 7);
  const blank = formPlan({ municipality: "Синтетический район", asOf: dayFromYmd(2024, 12, 2) });
  const n = (max: number) => Math.floor(rnd() * max);
  const values = new Map<string, PlanValue>();
  for (const p of formParts) {
    if (p.role === "mean") values.set(`${p.id}|${p.token}`, 7 + n(3));
    else if (p.token === "denominator") values.set(`${p.id}|${p.token}`, 20 + n(40));
    else values.set(`${p.id}|${p.token}`, p.token.includes(":") ? n(3) : n(20));
  }
  values.set("documents|denominator", 5);
  values.set("documents|numerator", n(6));
  const form = blank.sheets[0];
  const blocks = (form.blocks ?? []).map((b): CellBlock => {
    if (b.col === 2 && b.row === 3) return { ...b, values: [[`ОО-${String(i + 1).padStart(4, "0")}`]] };
    if (b.col === 2 && b.row === 4) return { ...b, values: [[`Школа № ${i + 1}`]] };
    if (b.col !== 4 || b.row < FORM_FIRST_ROW) return b;
    const p = formParts[b.row - FORM_FIRST_ROW];
    return { ...b, values: [[values.get(`${p.id}|${p.token}`) ?? null]] };
  });
  return { ...blank, sheets: [{ ...form, blocks }, ...blank.sheets.slice(1)] };
}

/** A region's own form: the school's row on one sheet, labelled indicators on another. */
const FOREIGN_LABELS = [
  ["young_mentored", "numerator", "Количество молодых специалистов, за которыми закреплены наставники"],
  ["young_mentored", "denominator", "из них молодых специалистов (стаж работы от 0 до 3 лет)"],
  ["students_involved", "numerator", "из них вовлечены в роли наставляемого"],
  ["students_involved", "numerator", "из них вовлечены в роли наставника"],
  ["students_involved", "denominator", "Численность обучающихся 5–11 классов"],
  ["active_groups", "value", "Количество наставнических пар (групп)"],
] as const;

function foreignForm(i: number): WritePlan {
  const rnd = prng(i + 11);
  const filler = Array.from({ length: 60 }, (_, k) => [
    k + 1,
    `Прочий показатель формы № ${k + 1}`,
    "ед.",
    Math.floor(rnd() * 50),
  ]);
  const ours = FOREIGN_LABELS.map(([, , label], k) => [61 + k, label, "ед.", 5 + Math.floor(rnd() * 30)]);
  return {
    sheets: [
      {
        name: "Форма 2 (строка ОО)",
        mode: "create",
        blocks: [
          {
            row: 1,
            col: 1,
            values: [
              ["№", "ОО", "Код", "Дата"],
              [1, `Школа № ${i + 1}`, `ОО-${i + 1}`, "01.12.2024"],
            ],
          },
        ],
      },
      {
        name: "Мониторинг",
        mode: "create",
        blocks: [{ row: 1, col: 1, values: [["№", "Показатель", "Ед.", "Значение"], ...filler, ...ours] }],
      },
    ],
  };
}

function mapping(): FormMap {
  const header = [
    "Показатель (id)",
    "Часть",
    "Ячейка",
    "Наименование в форме",
    "Лист",
    "Столбец наименований",
    "Столбец значений",
    "Константа",
  ];
  const lines = [
    ["code", null, "'Форма 2 (строка ОО)'!C2", null, null, null, null, null],
    ["asOf", null, "'Форма 2 (строка ОО)'!D2", null, null, null, null, null],
    ...FOREIGN_LABELS.map(([id, part, label]) => [id, part, null, label, "Мониторинг", "B", "D", null]),
  ];
  const r = readFormMap({
    sheets: [{ name: "Соответствие", firstRow: 1, firstCol: 1, rows: [header, ...lines] }],
    date1904: false,
  });
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.map;
}

async function files(kind: "forma" | "region", make: (i: number) => WritePlan): Promise<string[]> {
  const dir = join(DIR, kind);
  const name = (i: number) => join(dir, `${kind}-${String(i + 1).padStart(4, "0")}.xlsx`);
  const have = existsSync(dir) ? readdirSync(dir).length : 0;
  if (have < FILES) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < FILES; i++) await writeFile(name(i), await writePlanToBuffer(make(i)));
  }
  return Array.from({ length: FILES }, (_, i) => name(i));
}

async function run(label: string, list: readonly string[], formMap?: FormMap): Promise<void> {
  global.gc?.();
  const t0 = performance.now();
  const c = await consolidateFiles(list, undefined, quiet, formMap);
  const read = performance.now() - t0;
  await writePlanToFile(consolidationPlan(c), join(DIR, `svod-${label}.xlsx`));
  const s = (performance.now() - t0) / 1000;
  const py = openpyxlSeconds(list);
  const forms = c.files.filter((f) => f.kind === "form").length;
  console.log(
    `${label}: ${list.length} файлов за ${s.toFixed(2)} с (${(list.length / s).toFixed(0)} файлов/с; чтение и итог ${(read / 1000).toFixed(2)} с); ` +
      `форм ${forms}, в итоге ${c.total.schools} ОО` +
      (py === null ? "" : `; openpyxl, только чтение: ${py.toFixed(2)} с — отношение ${(s / py).toFixed(2)}`),
  );
}

async function main(): Promise<void> {
  console.log("bench/consolidateForms: формы мониторинга — своя форма и форма региона по соответствию");
  const own = await files("forma", filledForm);
  const foreign = await files("region", foreignForm);
  await run("формы (разогрев)", own.slice(0, 50));
  await run("формы продукта", own);
  await run("формы региона по соответствию", foreign, mapping());
}

if (isMainThread) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
