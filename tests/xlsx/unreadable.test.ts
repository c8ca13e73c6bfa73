/**
 * Files that cannot be read as a workbook (rules.md S003) give an UnreadableWorkbookError with
 * the right reason and a Russian message — never a crash, never a hang, never a huge allocation.
 * Every reason is pinned here (the last test checks that none is left out).
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, ftruncateSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { demoSchool } from "../../src/domain/demo/demoSchool";
import { templatePlan } from "../../src/domain/structure/templatePlan";
import { dayFromIso } from "../../src/domain/values/dates";
import { UNREADABLE_REASONS, UnreadableWorkbookError, type UnreadableReason } from "../../src/xlsx/errors";
import { MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES } from "../../src/xlsx/limits";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { tempDir } from "./support/external";
import { excelLikeParts, type Parts, zipParts } from "./support/packages";
import { withDamagedData, withDeclaredSize, withEncryptedFlag, withMethod } from "./support/zipBytes";

const dir = tempDir("unreadable");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seen = new Set<UnreadableReason>();

async function errorOf(read: Promise<unknown>): Promise<UnreadableWorkbookError> {
  try {
    await read;
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    expect(e.message).toMatch(/[А-Яа-яЁё]/);
    seen.add(e.reason);
    return e;
  }
  throw new Error("the file was read");
}

const reasonOf = async (read: Promise<unknown>): Promise<UnreadableReason> => (await errorOf(read)).reason;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function compoundFile(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB_MAGIC);
  if (streamName !== undefined) bytes.set(Buffer.from(streamName, "utf16le"), 1024);
  return bytes;
}

/** The Excel-like workbook with its «Пары» sheet (sheet2.xml) replaced by `sheetData`. */
function withPairsData(sheetData: string, extra: Parts = {}): Uint8Array {
  const parts = excelLikeParts();
  parts["xl/worksheets/sheet2.xml"] = (parts["xl/worksheets/sheet2.xml"] as string).replace(
    /<sheetData>[\s\S]*<\/sheetData>/,
    `<sheetData>${sheetData}</sheetData>`,
  );
  return zipParts({ ...parts, ...extra });
}

const demoWorkbook = () => writePlanToBuffer(templatePlan(demoSchool({ asOf: dayFromIso("2024-12-20")! })));

describe("files that are not an .xlsx workbook", () => {
  test("empty: an empty file", async () => {
    const file = join(dir, "empty.xlsx");
    writeFileSync(file, "");
    expect(await reasonOf(readWorkbookFile(file))).toBe("empty");
    expect(await reasonOf(readWorkbookGrid(new Uint8Array(0)))).toBe("empty");
  });

  test("not-zip: random bytes, a CSV", async () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0x00; // neither «PK» nor the OLE magic
    expect(await reasonOf(readWorkbookGrid(bytes))).toBe("not-zip");
    expect(await reasonOf(readWorkbookGrid(new TextEncoder().encode("ФИО;Дата\nИванов;01.09.2024\n")))).toBe(
      "not-zip",
    );
  });

  test("encrypted: a password-protected workbook (OLE file with an EncryptedPackage stream)", async () => {
    expect(await reasonOf(readWorkbookGrid(compoundFile("EncryptedPackage")))).toBe("encrypted");
  });

  test("encrypted: a zip whose parts are encrypted with the old zip password scheme", async () => {
    const bytes = withEncryptedFlag(zipParts(excelLikeParts()), "xl/worksheets/sheet1.xml");
    expect(await reasonOf(readWorkbookGrid(bytes))).toBe("encrypted");
  });

  test("old-format: an old .xls (OLE file without encryption streams)", async () => {
    expect(await reasonOf(readWorkbookGrid(compoundFile("Workbook")))).toBe("old-format");
  });

  test("not-workbook: a plain zip, a .docx, an .xlsb, a package whose main part is no workbook", async () => {
    const plain = zipParts({ "readme.txt": "not a workbook", "word/document.xml": "<document/>" });
    expect(await reasonOf(readWorkbookGrid(plain))).toBe("not-workbook");
    const rels = (target: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
    const docx = zipParts({
      "[Content_Types].xml": "<Types/>",
      "_rels/.rels": rels("word/document.xml"),
      "word/document.xml":
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    });
    expect(await reasonOf(readWorkbookGrid(docx))).toBe("not-workbook");
    const xlsb = zipParts({
      "[Content_Types].xml": "<Types/>",
      "_rels/.rels": rels("xl/workbook.bin"),
      "xl/workbook.bin": "\x83\x01",
    });
    expect(await reasonOf(readWorkbookGrid(xlsb))).toBe("not-workbook");
  });
});

describe("damaged workbooks", () => {
  test("truncated: a copy cut short (the zip's directory at its end is lost)", async () => {
    const whole = await demoWorkbook();
    for (const cut of [0.3, 0.6, 0.95, 0.999]) {
      const file = join(dir, `cut-${cut}.xlsx`);
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length * cut)));
      expect(await reasonOf(readWorkbookFile(file))).toBe("truncated");
    }
  });

  test("corrupt: a workbook part that is not XML", async () => {
    const parts = excelLikeParts();
    parts["xl/workbook.xml"] = "это не XML <<<";
    expect(await reasonOf(readWorkbookGrid(zipParts(parts)))).toBe("corrupt");
  });

  test("corrupt: a sheet whose compressed data is damaged", async () => {
    const good = await writePlanToBuffer({
      sheets: [
        { name: "Лист1", mode: "create", blocks: [{ row: 1, col: 1, values: [["текст ".repeat(2000)]] }] },
      ],
    });
    expect((await readWorkbookGrid(good)).sheets).toHaveLength(1);
    expect(await reasonOf(readWorkbookGrid(withDamagedData(good, "xl/sharedStrings.xml")))).toBe("corrupt");
  });

  test("corrupt: a compression method no .xlsx uses", async () => {
    const bytes = withMethod(zipParts(excelLikeParts()), "xl/worksheets/sheet1.xml", 12);
    expect(await reasonOf(readWorkbookGrid(bytes))).toBe("corrupt");
  });

  test("corrupt: a sheet whose part is missing, a cell pointing past the shared strings, no worksheet at all", async () => {
    const parts = excelLikeParts();
    delete parts["xl/worksheets/sheet2.xml"];
    expect(await reasonOf(readWorkbookGrid(zipParts(parts)))).toBe("corrupt");
    expect(
      await reasonOf(readWorkbookGrid(withPairsData('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'))),
    ).toBe("corrupt");
    const onlyChart = excelLikeParts();
    onlyChart["xl/workbook.xml"] = (onlyChart["xl/workbook.xml"] as string).replace(
      /<sheet name="Сведения"[^>]*\/><sheet name="Пары"[^>]*\/>/,
      "",
    );
    const e = await errorOf(readWorkbookGrid(zipParts(onlyChart)));
    expect([e.reason, e.detail]).toEqual(["corrupt", "no worksheet in the workbook"]);
  });
});

describe("size limits", () => {
  test("too-large: a file over 50 MB is refused before it is read", async () => {
    const file = join(dir, "huge.xlsx");
    const fd = openSync(file, "w");
    writeSync(fd, Buffer.from("PK\x03\x04"));
    ftruncateSync(fd, MAX_FILE_BYTES + 1); // sparse: takes no disk space
    closeSync(fd);
    expect(await reasonOf(readWorkbookFile(file))).toBe("too-large");
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await reasonOf(readWorkbookGrid(bytes))).toBe("too-large");
  });

  describe("zip bombs", () => {
    // 201 MB of spaces inside the «Пары» sheet compress to under a megabyte.
    const BOMB_ENTRY = "xl/worksheets/sheet2.xml";
    let bomb: Uint8Array;
    beforeAll(() => {
      const parts = excelLikeParts();
      const padding = new Uint8Array(201 * 1024 * 1024).fill(0x20);
      const xml = new TextEncoder().encode(parts[BOMB_ENTRY] as string);
      const sheet = new Uint8Array(xml.length + padding.length);
      sheet.set(xml);
      sheet.set(padding, xml.length);
      parts[BOMB_ENTRY] = sheet;
      bomb = zipParts(parts);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    }, 60_000);

    test("too-large-unzipped: declared unzipped size over 200 MB", async () => {
      expect(await reasonOf(readWorkbookGrid(bomb))).toBe("too-large-unzipped");
    });

    test("too-large-unzipped: a header that lies small while the data inflates past the limit", async () => {
      const lying = withDeclaredSize(bomb, BOMB_ENTRY, 100 * 1024 * 1024);
      const before = process.memoryUsage().rss;
      const e = await errorOf(readWorkbookGrid(lying));
      expect(e.reason).toBe("too-large-unzipped");
      expect(e.detail).toMatch(/inflates past the limit/);
      // Never held: memory does not grow by the 200 MB inflated.
      expect(process.memoryUsage().rss - before).toBeLessThan(MAX_UNZIPPED_BYTES / 2);
    }, 60_000);

    test("corrupt: a header that lies, within the limit, or declares less than its compressed data", async () => {
      const parts = excelLikeParts();
      const small = zipParts(parts);
      const size = new TextEncoder().encode(parts[BOMB_ENTRY] as string).length;
      expect(await reasonOf(readWorkbookGrid(withDeclaredSize(small, BOMB_ENTRY, size - 10)))).toBe(
        "corrupt",
      );
      expect(await reasonOf(readWorkbookGrid(withDeclaredSize(small, BOMB_ENTRY, size + 10)))).toBe(
        "corrupt",
      );
      expect(await reasonOf(readWorkbookGrid(withDeclaredSize(bomb, BOMB_ENTRY, 1000)))).toBe("corrupt");
    });
  });

  test(`too-wide: «x» in column XFD on 50,000 rows stops at its first cell, in bounded memory`, async () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
    );
    const bytes = withPairsData(rows.join(""));
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const e = await errorOf(readWorkbookGrid(bytes));
    expect(e.reason).toBe("too-wide");
    expect(e.message).toBe(
      "Лист «Пары», ячейка XFD1: значение правее 1024-го столбца (AMJ) — это не похоже на книгу ОО. Удалите лишние столбцы и сохраните книгу заново.",
    );
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  test(`too-wide: column ${MAX_COLUMNS} (AMJ) is read, the next one is not; an empty styled cell beyond counts for nothing`, async () => {
    const g = await readWorkbookGrid(
      withPairsData('<row r="1"><c r="AMJ1"><v>1</v></c><c r="XFD1" s="1"/></row>'),
    );
    expect(g.sheets[1].firstCol).toBe(MAX_COLUMNS);
    expect(await reasonOf(readWorkbookGrid(withPairsData('<row r="1"><c r="AMK1"><v>1</v></c></row>')))).toBe(
      "too-wide",
    );
  });

  test(`too-many-cells: more than ${MAX_CELLS / 1e6} million cells are refused as they are read`, async () => {
    // 10,001 rows reaching column 1000: every row costs 1,001 cells, the empty ones before its value included.
    const rows = Array.from(
      { length: 10_001 },
      (_, i) => `<row r="${i + 1}"><c r="ALL${i + 1}"><v>1</v></c></row>`,
    );
    expect(await reasonOf(readWorkbookGrid(withPairsData(rows.join(""))))).toBe("too-many-cells");
    // Empty rows cost one cell each: a value in the last row of 10 sheets is ten million.
    const last = '<row r="1048576"><c r="A1048576"><v>1</v></c></row>';
    const parts = excelLikeParts();
    const sheets = Array.from({ length: 10 }, (_, i) => i);
    parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string).replace(
      "</sheets>",
      `${sheets.map((i) => `<sheet name="Лист${i}" sheetId="${10 + i}" r:id="rIdX${i}"/>`).join("")}</sheets>`,
    );
    parts["xl/_rels/workbook.xml.rels"] = (parts["xl/_rels/workbook.xml.rels"] as string).replace(
      "</Relationships>",
      `${sheets.map((i) => `<Relationship Id="rIdX${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/x${i}.xml"/>`).join("")}</Relationships>`,
    );
    for (const i of sheets)
      parts[`xl/worksheets/x${i}.xml`] = `<worksheet><sheetData>${last}</sheetData></worksheet>`;
    expect(await reasonOf(readWorkbookGrid(zipParts(parts)))).toBe("too-many-cells");
  });
});

describe("things that are not files", () => {
  test("not-a-file: a device or a pipe is refused without being read (/dev/zero would never end)", async () => {
    expect(await reasonOf(readWorkbookFile("/dev/zero"))).toBe("not-a-file");
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await reasonOf(readWorkbookFile(fifo))).toBe("not-a-file");
  });

  test("a folder and a missing file are the caller's to report (their file-system errors pass on)", async () => {
    await expect(readWorkbookFile(dir)).rejects.toMatchObject({ code: "EISDIR" });
    await expect(readWorkbookFile(join(dir, "нет.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

test("a workbook.xml whose comment repeats «<workbookPr » 300,000 times reads at once, in the 1900 system", async () => {
  const parts = excelLikeParts();
  parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string).replace(
    "<workbookPr ",
    `<!--${"<workbookPr ".repeat(300_000)}--><workbookPr `,
  );
  const t0 = performance.now();
  const g = await readWorkbookGrid(zipParts(parts));
  expect(performance.now() - t0).toBeLessThan(5000);
  expect(g.date1904).toBe(false);
  expect(g.sheets.map((s) => s.name)).toEqual(["Сведения", "Пары"]);
});

test("every S003 reason is pinned by a test above", () => {
  expect([...seen].sort()).toEqual([...UNREADABLE_REASONS].sort());
});
