/**
 * Broken files mixed with good ones: each unreadable file is S003, «не читается», `kpis: null` with
 * an error text, exit 2 — and the readable ones are still consolidated and pooled.
 */
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nastavnikJson } from "../cli/run";
import { MESSY, MISTAKES, TIDY, school } from "../fixtures/schoolFiles";
import { inspectWorkbook } from "../xlsx/support/external";
import { tempDir } from "./support";

const dir = tempDir();
const schools = join(dir, "школы");
mkdirSync(schools);
const at = (name: string) => join(schools, name);

/** An OLE compound file holding «EncryptedPackage» (UTF-16LE): how a password-protected .xlsx starts. */
function encryptedLike(): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    head,
    Buffer.alloc(504),
    Buffer.from("EncryptedPackage", "utf16le"),
    Buffer.alloc(512),
  ]);
}

const whole = readFileSync(school(TIDY));
writeFileSync(at("a-пустой.xlsx"), "");
copyFileSync(school(MESSY), at("b-школа.xlsx"));
writeFileSync(at("c-мусор.xlsx"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
writeFileSync(at("d-обрезан.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
mkdirSync(at("e-папка.xlsx"));
writeFileSync(at("f-пароль.xlsx"), encryptedLike());
copyFileSync(school(MISTAKES), at("g-школа.xlsx"));
// Over the 50 MB limit (sparse: it costs no disk), refused before it is read.
writeFileSync(at("h-огромный.xlsx"), "PK");
truncateSync(at("h-огромный.xlsx"), 51 * 2 ** 20);
const out = join(dir, "svod.xlsx");
const { code, json } = nastavnikJson(["consolidate", schools, "-o", out]);
const bad = [0, 2, 3, 4, 5, 7];

test("every entry of the folder is listed, unreadable ones with S003 status and an error", () => {
  expect(json.files.map((f: any) => f.file)).toEqual(
    ["a-пустой", "b-школа", "c-мусор", "d-обрезан", "e-папка", "f-пароль", "g-школа", "h-огромный"].map((n) =>
      at(`${n}.xlsx`),
    ),
  );
  for (const i of bad) {
    expect(json.files[i]).toMatchObject({
      status: "unreadable",
      school: null,
      kpis: null,
      asOf: null,
      errors: 1,
      warnings: 0,
    });
    expect(json.files[i].error).toMatch(/[А-Яа-я]{4}/);
  }
  expect(json.files[0].error).toBe("Файл пуст.");
  expect(json.files[4].error).toContain("папка");
  expect(json.files[5].error).toContain("зашифрован");
  expect(json.files[7].error).toContain("50 МБ");
});

test("the readable files are consolidated and pooled; exit 2", () => {
  expect(json.files[1]).toMatchObject({ status: "ok", kind: "workbook" });
  expect(json.files[6]).toMatchObject({ status: "errors", kind: "workbook" });
  expect(json.total.schools).toBe(2);
  expect(code).toBe(2);
});

test("the municipal workbook is written, with an S003 row per unreadable file", () => {
  const problems = inspectWorkbook(out).sheets.find((s) => s.name === "Проблемы по ОО")!;
  const s003 = Object.entries(problems.cells).filter(([, c]) => c.value === "S003");
  expect(s003).toHaveLength(bad.length);
  const svod = inspectWorkbook(out).sheets.find((s) => s.name === "Свод")!;
  expect(Object.values(svod.cells).filter((c) => c.value === "не читается")).toHaveLength(bad.length);
});
