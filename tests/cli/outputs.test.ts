/**
 * No command ever overwrites an input (src/cli/outputFiles.ts): an output that is an input — by
 * name, through a symbolic or a hard link — or that lies in an input folder under a name the next
 * run would read, is refused with exit 2 and a Russian message, --force or not, before anything is
 * read or written; so are feedback files. Write failures are Russian messages with exit 2, and
 * nothing partial is left behind.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { MESSY, school, TIDY } from "../fixtures/schoolFiles";
import { tempDir } from "../consolidation/support";
import { nastavnik } from "./run";

const dir = tempDir("nastavnik-outputs-");
const schools = join(dir, "школы");
mkdirSync(schools);
const a = join(schools, "a.xlsx");
const b = join(schools, "b.xlsx");
copyFileSync(school(TIDY), a);
copyFileSync(school(MESSY), b);
const original = { a: readFileSync(a), b: readFileSync(b) };

/** The inputs are byte for byte as they were, and their folder holds no new workbook. */
function inputsUntouched(): void {
  expect(readFileSync(a).equals(original.a)).toBe(true);
  expect(readFileSync(b).equals(original.b)).toBe(true);
  expect(
    readdirSync(schools)
      .filter((n) => !n.startsWith(".") && n.endsWith(".xlsx"))
      .sort(),
  ).toEqual(["a.xlsx", "b.xlsx"]);
  expect(readdirSync(schools).filter((n) => n.endsWith(".tmp"))).toEqual([]);
}

function refused(args: string[], message: RegExp | string): void {
  for (const force of [[], ["--force"]]) {
    const r = nastavnik([...args, ...force]);
    expect([args, force, r.code]).toEqual([args, force, 2]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat \S+ \(|Внутренняя ошибка/); // no stack trace
    expect(r.stdout).toBe("");
  }
  inputsUntouched();
}

describe("an output that is an input is refused, --force or not", () => {
  test("consolidate -o one of its input files", () => {
    refused(
      ["consolidate", a, b, "-o", a],
      /«.*a\.xlsx» — это входной файл: запись поверх него уничтожила бы данные/,
    );
  });

  test("consolidate -o a symbolic link to an input", () => {
    const link = join(dir, "ссылка.xlsx");
    symlinkSync(a, link);
    refused(["consolidate", a, b, "-o", link], `«${link}» — это входной файл «${a}»`);
  });

  test("consolidate -o a hard link to an input", () => {
    const hard = join(dir, "жёсткая.xlsx");
    linkSync(b, hard);
    refused(["consolidate", a, b, "-o", hard], `«${hard}» — это входной файл «${b}»`);
  });

  test("report -o its input, also through a link", () => {
    refused(["report", a, "-o", a], "это входной файл");
    const link = join(dir, "отчёт-ссылка.xlsx");
    symlinkSync(a, link);
    refused(["report", a, "-o", link], `это входной файл «${a}»`);
  });
});

describe("an output in an input folder under a name the next run would read is refused", () => {
  test("-o a new .xlsx in a folder given as input", () => {
    refused(["consolidate", schools, "-o", join(schools, "свод.xlsx")], /папке .* указана как входная/);
  });

  test("-o a file of that folder", () => {
    refused(["consolidate", schools, "-o", join(schools, "b.xlsx")], "это входной файл");
  });

  test("--feedback into the input folder (the feedback files are .xlsx)", () => {
    refused(
      ["consolidate", schools, "-o", join(dir, "свод.xlsx"), "--feedback", schools],
      /a-замечания\.xlsx» лежит в папке/,
    );
    expect(existsSync(join(dir, "свод.xlsx"))).toBe(false);
  });

  test("a feedback file whose name an input already has", () => {
    const fb = join(dir, "замечания");
    mkdirSync(fb);
    const lookalike = join(fb, "a-замечания.xlsx");
    copyFileSync(school(TIDY), lookalike);
    const before = readFileSync(lookalike);
    refused(
      ["consolidate", a, lookalike, "-o", join(dir, "свод2.xlsx"), "--feedback", fb],
      `«${lookalike}» — это входной файл`,
    );
    expect(readFileSync(lookalike).equals(before)).toBe(true);
    expect(existsSync(join(dir, "свод2.xlsx"))).toBe(false);
  });

  test("an output in a subfolder of an input folder is allowed (folders are not read recursively)", () => {
    const r = nastavnik(["consolidate", schools, "-o", join(schools, "свод", "свод.xlsx")]);
    expect(r.code).toBe(0);
    expect(existsSync(join(schools, "свод", "свод.xlsx"))).toBe(true);
  });
});

describe("outputs that cannot be written", () => {
  test("an output that is a folder, a device, or under a file: exit 2, Russian, nothing written", () => {
    const folder = join(dir, "папка.xlsx");
    mkdirSync(folder);
    const cases: [string[], string][] = [
      [["report", a, "-o", folder], "это папка, а не файл"],
      [["report", a, "-o", join(a, "отчёт.xlsx")], "не папка"],
    ];
    const devLink = join(dir, "устройство.xlsx");
    symlinkSync("/dev/full", devLink);
    cases.push([["report", a, "-o", devLink, "--force"], "это не обычный файл"]);
    for (const [args, message] of cases) {
      const r = nastavnik(args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toContain("Внутренняя ошибка");
    }
    inputsUntouched();
  });

  test("--feedback naming a file: refused before anything is read, the consolidation not written either", () => {
    const notes = join(dir, "заметки.txt");
    writeFileSync(notes, "мои заметки");
    const svod = join(dir, "свод-с-замечаниями.xlsx");
    const r = nastavnik(["consolidate", a, b, "-o", svod, "--feedback", notes]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`«${notes}» — не папка`);
    expect(r.stderr).not.toContain("Внутренняя ошибка");
    expect(existsSync(svod)).toBe(false);
    expect(readFileSync(notes, "utf8")).toBe("мои заметки");
  });

  test("a write that fails is a Russian message, exit 2, and no temporary file is left", () => {
    // /proc takes no new folders, not even from root: the write itself fails.
    const r = nastavnik(["report", a, "-o", "/proc/nastavnik/отчёт.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/отчёт\.xlsx» не (записан|.*прав)|нет прав на запись/);
    expect(r.stderr).not.toContain("Внутренняя ошибка");
  });
});

test("outputs are new files next to their target: a re-run with --force replaces the file whole", () => {
  const out = join(dir, "свод-повтор.xlsx");
  expect(nastavnik(["consolidate", a, "-o", out]).code).toBe(0);
  const first = readFileSync(out);
  expect(nastavnik(["consolidate", a, "-o", out]).code).toBe(2);
  expect(readFileSync(out).equals(first)).toBe(true);
  expect(nastavnik(["consolidate", a, b, "-o", out, "--force"]).code).toBe(0);
  expect(readFileSync(out).equals(first)).toBe(false);
  // No temporary file is left beside it.
  expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
});
