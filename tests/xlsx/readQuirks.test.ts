/** Package quirks of other writers the reader copes with. */
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { rawDate } from "../../src/domain/grid";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { writePlanToBuffer } from "../../src/xlsx/writePlan";

const plan = {
  sheets: [
    {
      name: "Лист",
      mode: "create" as const,
      blocks: [{ row: 2, col: 3, values: [["текст", { date: "2024-09-01" }]] }],
    },
  ],
};

async function rezipped(edit: (zip: JSZip, names: string[]) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writePlanToBuffer(plan));
  edit(zip, Object.keys(zip.files));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("part names stored with a leading «/»", async () => {
  const bytes = await rezipped((zip, names) => {
    for (const name of names) {
      if (zip.files[name].dir) continue;
      zip.file(`/${name}`, zip.files[name].async("uint8array"));
      zip.remove(name);
    }
  });
  const files = Object.values((await JSZip.loadAsync(bytes)).files).filter((f) => !f.dir);
  expect(files.every((f) => f.name.startsWith("/"))).toBe(true);
  const g = await readWorkbookGrid(bytes);
  expect(g.sheets[0]).toEqual({
    name: "Лист",
    firstRow: 2,
    firstCol: 3,
    rows: [["текст", rawDate("2024-09-01")]],
  });
});

// A chart's drawing as openpyxl writes it: the default namespace instead of ExcelJS's «xdr:» prefix.
const OPENPYXL_DRAWING =
  '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><absoluteAnchor>' +
  '<pos x="0" y="0"/><ext cx="0" cy="0"/><clientData/></absoluteAnchor></wsDr>';

test("parts the reader does not need (a drawing ExcelJS chokes on, comments) are never read", async () => {
  const bytes = await rezipped((zip) => {
    zip.file("xl/drawings/drawing1.xml", OPENPYXL_DRAWING);
    zip.file("xl/drawings/_rels/drawing1.xml.rels", "<Relationships/>");
    zip.file("xl/comments1.xml", "<comments><commentList><comment ref='A1'/></commentList></comments>");
  });
  // ExcelJS alone fails on this package.
  await expect(new Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow();
  const g = await readWorkbookGrid(bytes);
  expect(g.sheets[0].rows).toEqual([["текст", rawDate("2024-09-01")]]);
});

test("an ArrayBuffer reads like a Uint8Array", async () => {
  const bytes = await writePlanToBuffer(plan);
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  expect(await readWorkbookGrid(copy)).toEqual(await readWorkbookGrid(bytes));
});
