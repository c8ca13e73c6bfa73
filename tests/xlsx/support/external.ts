/**
 * Programs other than the project, to write workbooks for the reader and to check what the writer
 * wrote: openpyxl (Debian's Python) and LibreOffice. LibreOffice runs with a private profile so
 * that parallel test files (or another open LibreOffice) do not lock each other out.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PYTHON, REPO_ROOT } from "../../paths";

export const FIXTURE_SCRIPT = join(REPO_ROOT, "tests/fixtures/xlsx_make_fixtures.py");
export const INSPECT_SCRIPT = join(REPO_ROOT, "tests/fixtures/xlsx_inspect_workbook.py");

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `nastavnik-xlsx-${prefix}-`));
}

export function makeFixtures(outDir: string): void {
  execFileSync(PYTHON, [FIXTURE_SCRIPT, outDir], { stdio: "pipe", timeout: 150_000 });
}

/** What openpyxl sees in a workbook (see xlsx_inspect_workbook.py). */
export interface Inspected {
  readonly sheets: readonly InspectedSheet[];
  readonly active: string | null;
  readonly epoch1904: boolean;
}

export interface InspectedSheet {
  readonly name: string;
  readonly state: string;
  readonly tabColor: string | null;
  readonly freeze: string | null;
  /** Sheet protection is on. */
  readonly protected: boolean;
  readonly widths: Readonly<Record<string, number>>;
  readonly print: {
    readonly orientation: string | null;
    readonly paperSize: number | null;
    readonly fitToPage: boolean;
    readonly fitToWidth: number | null;
    readonly fitToHeight: number | null;
    readonly titleRows: string | null;
  };
  readonly tables: readonly { name: string; ref: string; headers: string[]; style: string | null }[];
  readonly validations: readonly {
    type: string;
    operator: string | null;
    formula1: string | null;
    formula2: string | null;
    sqref: string;
    allowBlank: boolean;
    promptTitle: string | null;
    prompt: string | null;
    errorTitle: string | null;
    error: string | null;
  }[];
  readonly conditionalFormats: readonly {
    range: string;
    type: string;
    operator: string | null;
    formula: string[];
    fill: string | null;
    font: string | null;
  }[];
  readonly cells: Readonly<Record<string, InspectedCell>>;
}

export interface InspectedCell {
  readonly value: string | number | boolean | null;
  readonly type: string;
  readonly format: string;
  readonly bold: boolean;
  readonly underline: string | null;
  readonly fill: string | null;
  readonly border: boolean;
  readonly wrap: boolean;
  /** Locked under sheet protection (Excel's default for every cell). */
  readonly locked: boolean;
}

export function inspectWorkbook(file: string): Inspected {
  return JSON.parse(
    execFileSync(PYTHON, [INSPECT_SCRIPT, file], { encoding: "utf8", timeout: 60_000 }),
  ) as Inspected;
}

/** Converts `file` with LibreOffice into `outDir` (e.g. to "xlsx" or "csv"); returns the new file. */
export function libreOfficeConvert(file: string, outDir: string, format: string): string {
  const profile = mkdtempSync(join(tmpdir(), "nastavnik-lo-profile-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        file,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = join(outDir, `${basename(file, extname(file))}.${format.split(":")[0]}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${file}`);
  return out;
}
