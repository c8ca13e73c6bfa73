/**
 * Files that cannot be read as a workbook (rules.md S003) give an UnreadableWorkbookError with
 * the right reason and a Russian message — never a crash, never a hang, never a huge allocation.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, ftruncateSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { UnreadableWorkbookError, type UnreadableReason } from "../../src/xlsx/errors";
import { MAX_FILE_BYTES, MAX_UNZIPPED_BYTES } from "../../src/xlsx/limits";
import { readWorkbookFile } from "../../src/xlsx/readFile";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";
import { TIDY, school } from "../fixtures/schoolFiles";
import { tempDir } from "./support/external";
import { withDamagedData, withDeclaredSize } from "./support/zipBytes";

const dir = tempDir("unreadable");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function errorOf(read: Promise<unknown>): Promise<UnreadableWorkbookError> {
  try {
    await read;
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    expect(e.message).toMatch(/[А-Яа-яЁё]/);
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

async function workbookZip(extra: Record<string, string | Uint8Array>, level = 6): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  for (const [name, data] of Object.entries(extra)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level } });
}

describe("files that are not an .xlsx workbook", () => {
  test("an empty file", async () => {
    const file = join(dir, "empty.xlsx");
    writeFileSync(file, "");
    expect(await reasonOf(readWorkbookFile(file))).toBe("empty");
    expect(await reasonOf(readWorkbookGrid(new Uint8Array(0)))).toBe("empty");
  });

  test("random bytes", async () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0x00; // neither «PK» nor the OLE magic
    expect(await reasonOf(readWorkbookGrid(bytes))).toBe("not-zip");
    expect(await reasonOf(readWorkbookGrid(new TextEncoder().encode("ФИО;Дата\nИванов;01.09.2024\n")))).toBe(
      "not-zip",
    );
  });

  test("a password-protected workbook (OLE file with an EncryptedPackage stream)", async () => {
    expect(await reasonOf(readWorkbookGrid(compoundFile("EncryptedPackage")))).toBe("encrypted");
  });

  test("an old .xls (OLE file without encryption streams)", async () => {
    expect(await reasonOf(readWorkbookGrid(compoundFile("Workbook")))).toBe("old-format");
  });

  test("a plain zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "not a workbook");
    zip.file("word/document.xml", "<document/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await reasonOf(readWorkbookGrid(bytes))).toBe("not-workbook");
  });
});

describe("damaged workbooks", () => {
  test("a truncated copy of a sample", async () => {
    const whole = readFileSync(school(TIDY));
    for (const cut of [0.3, 0.6, 0.95]) {
      const file = join(dir, `cut-${cut}.xlsx`);
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length * cut)));
      expect(await reasonOf(readWorkbookFile(file))).toBe("truncated");
    }
  });

  test("a workbook part that is not XML", async () => {
    const bytes = await workbookZip({ "xl/workbook.xml": "это не XML <<<", "xl/worksheets/sheet1.xml": "<" });
    expect(await reasonOf(readWorkbookGrid(bytes))).toBe("corrupt");
  });

  test("a sheet whose compressed data is damaged", async () => {
    const good = await writePlanToBuffer({
      sheets: [
        { name: "Лист1", mode: "create", blocks: [{ row: 1, col: 1, values: [["текст ".repeat(2000)]] }] },
      ],
    });
    expect((await readWorkbookGrid(good)).sheets).toHaveLength(1);
    const damaged = withDamagedData(good, "xl/sharedStrings.xml");
    expect(await reasonOf(readWorkbookGrid(damaged))).toBe("corrupt");
  });
});

describe("size limits", () => {
  test("a file over 50 MB is refused before it is read", async () => {
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
    // 201 MB of zeros compresses to under a megabyte.
    const BOMB_ENTRY = "xl/worksheets/sheet1.xml";
    let bomb: Uint8Array;
    beforeAll(async () => {
      bomb = await workbookZip({ [BOMB_ENTRY]: new Uint8Array(201 * 1024 * 1024) }, 1);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    }, 60_000);

    test("declared unzipped size over 200 MB", async () => {
      expect(await reasonOf(readWorkbookGrid(bomb))).toBe("too-large-unzipped");
    });

    test("a header that lies small while the data inflates past the limit is caught by counting", async () => {
      const lying = withDeclaredSize(bomb, BOMB_ENTRY, 100 * 1024 * 1024);
      const before = process.memoryUsage().rss;
      const e = await errorOf(readWorkbookGrid(lying));
      expect(e.reason).toBe("too-large-unzipped");
      expect(e.detail).toMatch(/inflates past the limit/);
      // Counted chunk by chunk, never held: memory does not grow by the 200 MB inflated.
      expect(process.memoryUsage().rss - before).toBeLessThan(MAX_UNZIPPED_BYTES / 2);
    }, 60_000);

    test("a header declaring less than its compressed data is refused as corrupt", async () => {
      expect(await reasonOf(readWorkbookGrid(withDeclaredSize(bomb, BOMB_ENTRY, 1000)))).toBe("corrupt");
    });
  });
});
