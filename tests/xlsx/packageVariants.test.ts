/**
 * Valid packages other writers produce (issue 12: such files were refused as S003): the reader
 * follows the relationships instead of assuming part names, takes positions from order where rows
 * and cells have no `r=`, accepts prefixed elements, zip64 records, stored entries and UTF-16
 * parts. Each variant of the Excel-like workbook reads exactly like it.
 */
import { strToU8 } from "fflate";
import type { WorkbookGrid } from "../../src/domain/grid";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import {
  excelLikeParts,
  mapXml,
  type Parts,
  renamePart,
  withPrefix,
  withoutReferences,
  zipParts,
} from "./support/packages";
import { asZip64 } from "./support/zip64";

const parts = excelLikeParts();
let expected: WorkbookGrid;

beforeAll(async () => {
  expected = await readWorkbookGrid(zipParts(parts));
  // What the variants are compared with is itself checked, cell by cell, in readerEquivalence.test.ts.
  expect(expected.sheets.map((s) => s.name)).toEqual(["Сведения", "Пары"]);
});

const renamed = (p: Parts, moves: readonly [from: string, to: string, target?: string][]) =>
  moves.reduce((acc, [from, to, target]) => renamePart(acc, from, to, target), p);

const utf16le = (text: string) => {
  const body = Buffer.from(text.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le");
  return Uint8Array.from([0xff, 0xfe, ...body]);
};

const variants: [string, () => Uint8Array][] = [
  [
    "sheet parts named Лист1.xml and data1.xml (relative targets)",
    () =>
      zipParts(
        renamed(parts, [
          ["xl/worksheets/sheet1.xml", "xl/worksheets/Лист1.xml", "worksheets/Лист1.xml"],
          ["xl/worksheets/sheet2.xml", "xl/worksheets/data1.xml", "worksheets/data1.xml"],
        ]),
      ),
  ],
  [
    "a percent-encoded target for a part stored under its UTF-8 name",
    () =>
      zipParts(
        renamed(parts, [
          [
            "xl/worksheets/sheet1.xml",
            "xl/worksheets/Лист1.xml",
            `worksheets/${encodeURIComponent("Лист1")}.xml`,
          ],
        ]),
      ),
  ],
  [
    "a part stored under its percent-encoded name, named in Cyrillic by its relationship",
    () =>
      zipParts(
        renamed(parts, [
          [
            "xl/worksheets/sheet2.xml",
            `xl/worksheets/${encodeURIComponent("Пары")}.xml`,
            "worksheets/Пары.xml",
          ],
        ]),
      ),
  ],
  [
    "shared strings and styles at other paths (absolute targets)",
    () =>
      zipParts(
        renamed(parts, [
          ["xl/sharedStrings.xml", "xl/strings/shared.xml"],
          ["xl/styles.xml", "styles/main.xml"],
        ]),
      ),
  ],
  [
    "the workbook part itself elsewhere, with its relationships",
    () => {
      const absolute = mapXml(parts, (xml, name) =>
        name === "xl/_rels/workbook.xml.rels" ? xml.replace(/Target="/g, 'Target="/xl/') : xml,
      );
      return zipParts(renamePart(absolute, "xl/workbook.xml", "книга/main.xml"));
    },
  ],
  ["rows and cells without r= attributes", () => zipParts(mapXml(parts, withoutReferences))],
  [
    "every element prefixed (x:), as the Open XML SDK writes",
    () => zipParts(mapXml(parts, (xml) => withPrefix(xml, "x"))),
  ],
  [
    "part names in another case than their relationships say",
    () => {
      const upper: Parts = {};
      for (const [name, data] of Object.entries(parts))
        upper[
          name.startsWith("xl/worksheets/sheet")
            ? name.replace("xl/worksheets/sheet", "XL/Worksheets/Sheet")
            : name
        ] = data;
      return zipParts(upper);
    },
  ],
  ["entries stored without compression", () => zipParts(parts, 0)],
  ["zip64 sizes and offsets everywhere", () => asZip64(zipParts(parts))],
  [
    "parts in UTF-16 with a byte-order mark, and in UTF-8 with one",
    () => {
      const p: Parts = { ...parts };
      p["xl/worksheets/sheet1.xml"] = utf16le(parts["xl/worksheets/sheet1.xml"] as string);
      p["xl/sharedStrings.xml"] = Uint8Array.from([
        0xef,
        0xbb,
        0xbf,
        ...strToU8(parts["xl/sharedStrings.xml"] as string),
      ]);
      return zipParts(p);
    },
  ],
  [
    "no relationship naming shared strings and styles: found where Excel keeps them",
    () =>
      zipParts(
        mapXml(parts, (xml, name) =>
          name === "xl/_rels/workbook.xml.rels"
            ? xml.replace(/<Relationship Id="rId[45]"[^>]*\/>/g, "")
            : xml,
        ),
      ),
  ],
];

test.each(variants)("%s", async (_name, make) => {
  expect(await readWorkbookGrid(make())).toEqual(expected);
});
