// Writes every kind of .xlsx the project writes, then checks each with ../shared/ooxml/validate.sh
// (ECMA-376 schemas and Excel's own repair rules, charts included). Run by `.ci/run` through
// `npm run test:ooxml`; exits 1 when any file has an ERROR. Add a kind of file by adding a step.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const validator = resolve(root, "..", "shared", "ooxml", "validate.sh");
if (!existsSync(validator)) {
  console.error(`Нет ${validator}: проверка OOXML выполняется в CI, где ../shared лежит рядом с клоном.`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "nastavnik-ooxml-"));
const at = (name) => join(work, name);

// Hostile text (tests/fixtures/make_hostile.py): cells whose text holds ESC sequences, U+FFFE,
// U+FFFF and C0 controls (as Excel's «_xHHHH_»), and a 40,000-character value — written back into
// reports, consolidations and feedback files, which must still be clean XML.
execFileSync("/usr/bin/python3", [join(root, "tests/fixtures/make_schools.py"), work]);
execFileSync("/usr/bin/python3", [join(root, "tests/fixtures/make_hostile.py"), work]);

/** Runs the CLI; exit codes 0 and 1 both mean "written" for the commands used here. */
function cli(...args) {
  const r = spawnSync(process.execPath, [join(root, "bin", "nastavnik.cjs"), ...args], {
    cwd: work,
    encoding: "utf8",
  });
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`nastavnik ${args.join(" ")} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * The pane's export, run from Node through the pane's own code (tests/xlsx/support/paneExport.ts):
 * bundled on the fly, since the pane's modules are TypeScript.
 */
async function paneExport(input, output) {
  // In build/, so the packages left external resolve from the project's node_modules.
  const bundle = join(root, "build", "pane-export.cjs");
  await build({
    stdin: {
      contents: `require("./tests/xlsx/support/paneExport.ts").writePaneExport(process.argv[2], process.argv[3]).catch((e) => { console.error(e); process.exit(1); });`,
      resolveDir: root,
      loader: "ts",
    },
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    logLevel: "warning",
  });
  execFileSync(process.execPath, [bundle, input, output], { cwd: root, stdio: "inherit" });
}

// Each step writes one or more files; `files` lists what to validate afterwards.
const steps = [
  { kind: "пустой шаблон (init)", run: () => cli("init", at("template.xlsx")), files: ["template.xlsx"] },
  { kind: "демо-книга (init --demo)", run: () => cli("init", at("demo.xlsx"), "--demo"), files: ["demo.xlsx"] },
  {
    kind: "отчёт ОО (report)",
    run: () => cli("report", at("demo.xlsx"), "-o", at("report.xlsx")),
    files: ["report.xlsx"],
  },
  {
    kind: "отчёт ОО с враждебным текстом (report)",
    run: () => cli("report", at("hostile/text.xlsx"), "-o", at("hostile-report.xlsx")),
    files: ["hostile-report.xlsx"],
  },
  {
    kind: "свод и файлы обратной связи с враждебным текстом (consolidate --feedback)",
    run: () =>
      cli(
        "consolidate",
        at("hostile/text.xlsx"),
        at("school-mistakes.xlsx"),
        "-o",
        at("hostile-svod.xlsx"),
        "--feedback",
        at("hostile-feedback"),
      ),
    files: ["hostile-svod.xlsx", "hostile-feedback"],
  },
  {
    kind: "экспорт для вышестоящей организации (панель)",
    run: () => paneExport(at("demo.xlsx"), at("pane-export.xlsx")),
    files: ["pane-export.xlsx"],
  },
  {
    kind: "свод и файлы обратной связи (consolidate --feedback)",
    run: () => {
      cli("init", at("second.xlsx"), "--demo", "--school-code", "ОО-2");
      cli("consolidate", at("demo.xlsx"), at("second.xlsx"), "-o", at("svod.xlsx"), "--feedback", at("feedback"));
    },
    files: ["svod.xlsx", "feedback"],
  },
  {
    // Files as schools keep them (tests/fixtures/import_sources.py): extra columns, text kept as typed.
    kind: "книга из файлов школы (import)",
    run: () => {
      execFileSync("/usr/bin/python3", [join(root, "tests", "fixtures", "import_sources.py"), at("sources")]);
      const sources = ["bases.xlsx", "annex.xlsx", "own_lists.xlsx", "mixed.xlsx"].map((f) => at(join("sources", f)));
      cli("import", ...sources, "-o", at("import.xlsx"), "--as-of", "2024-10-15");
    },
    files: ["import.xlsx"],
  },
  {
    kind: "бланк формы мониторинга (form)",
    run: () => cli("form", "-o", at("form.xlsx"), "--municipality", "Энский район", "--as-of", "2024-12-02"),
    files: ["form.xlsx"],
  },
  {
    kind: "свод с заполненной формой (consolidate)",
    run: () => {
      fillForm(at("form.xlsx"), at("forms", "filled.xlsx"));
      cli("consolidate", at("demo.xlsx"), at("forms", "filled.xlsx"), "-o", at("svod-forms.xlsx"));
    },
    files: ["svod-forms.xlsx"],
  },
  {
    kind: "свод региона из сводов МО (consolidate)",
    run: () => cli("consolidate", at("svod.xlsx"), at("svod-forms.xlsx"), "-o", at("region.xlsx")),
    files: ["region.xlsx"],
  },
];

/** A school fills the blank form in «Excel» (openpyxl here): code, name, some values, one left blank. */
function fillForm(blank, out) {
  execFileSync("mkdir", ["-p", dirname(out)]);
  const script = `
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb["Форма мониторинга"]
ws["B3"], ws["B4"] = "ОО-77", "МБОУ «Школа № 77»"
values = {"young_mentored|numerator": 4, "young_mentored|denominator": "5 чел.", "documents|numerator": 3,
          "active_groups|value": 6, "active_groups|byForm:Учитель – учитель": 6, "consent|numerator": 2}
for r in range(9, ws.max_row + 1):
    key = f"{ws.cell(row=r, column=1).value}|{ws.cell(row=r, column=2).value}"
    if key in values:
        ws.cell(row=r, column=4).value = values[key]
wb.save(sys.argv[2])
`;
  execFileSync("/usr/bin/python3", ["-c", script, blank, out]);
}

let failed = 0;
for (const step of steps) {
  await step.run();
  for (const f of step.files) {
    const path = at(f);
    const targets = f.endsWith(".xlsx") ? [path] : readdirSync(path).map((n) => join(path, n));
    for (const file of targets) {
      // Warnings are printed too: an overlapping data validation is Excel's «repair» in waiting,
      // so it fails the check like an ERROR.
      const r = spawnSync(validator, [file], { encoding: "utf8" });
      const ok = r.status === 0 && !/overlaps/.test(r.stdout);
      if (!ok) failed++;
      console.log(`${ok ? "OK   " : "FAIL "} ${step.kind}: ${file}`);
      if (!ok) console.log(r.stdout + r.stderr);
    }
  }
}
execFileSync("rm", ["-rf", work]);
if (failed > 0) {
  console.error(`Проверка OOXML: ${failed} файл(ов) с ошибками.`);
  process.exit(1);
}
console.log("Проверка OOXML: все записанные файлы чистые.");
