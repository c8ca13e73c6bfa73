/**
 * .xlsx packages assembled part by part, for the reader's tests: an Excel-like workbook written
 * the way Excel 2016+ writes one (shared strings with rich text and phonetic runs, styles with
 * built-in and custom date formats, shared formulas with cached results, a table, hyperlinks,
 * hidden and grouped rows, merges, filters, a chart sheet), and package surgery that renames
 * parts, strips `r=` attributes, adds prefixes or zip64 records — valid variants other writers
 * produce, which must read exactly like the original.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { resolvePart } from "../../../src/xlsx/relationships";

export type Parts = Record<string, string | Uint8Array>;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export function zipParts(parts: Parts, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = [typeof data === "string" ? strToU8(data) : data, { level }];
  return zipSync(files);
}

export function unzipParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

const rels = (items: readonly [id: string, type: string, target: string, extra?: string][]) =>
  `${XML}<Relationships xmlns="${PKG_REL}">${items
    .map(
      ([id, type, target, extra]) =>
        `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${extra ?? ""}/>`,
    )
    .join("")}</Relationships>`;

/** Shared strings: 0–7 plain, 8 rich text, 9 with a phonetic guide, 10 with an escaped line break. */
const SHARED_STRINGS = [
  "Показатель",
  "Значение",
  "ФИО",
  "Дата начала",
  "Стаж",
  "Иванова Анна Петровна",
  "Петров Пётр Петрович",
  "Сидорова Мария Ивановна",
];
const SST =
  `${XML}<sst xmlns="${MAIN}" count="14" uniqueCount="11">` +
  SHARED_STRINGS.map((s) => `<si><t>${s}</t></si>`).join("") +
  '<si><r><rPr><b/><sz val="11"/></rPr><t>Жирный</t></r><r><t xml:space="preserve"> и обычный</t></r></si>' +
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>' +
  "<si><t>первая_x000D_\nвторая &amp; «третья»</t></si>" +
  "</sst>";

/**
 * Styles: 0 General, 1 built-in 14 (a date), 2 custom «DD.MM.YYYY» (164), 3 text (49),
 * 4 custom time «hh:mm» (165), 5 a number format with literal text that is no date (166).
 */
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/>` +
  '<numFmt numFmtId="165" formatCode="hh:mm"/><numFmt numFmtId="166" formatCode="0&quot; дней&quot;"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** «Сведения»: rich text, phonetic text, an escaped line break, dates of three formats, a time, a hyperlink, errors, booleans. */
const INFO_SHEET =
  `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:C12"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
  '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="30" customWidth="1"/></cols><sheetData>' +
  '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
  '<row r="2" spans="1:2"><c r="A2" t="s"><v>8</v></c><c r="B2" t="s"><v>9</v></c></row>' +
  '<row r="3" spans="1:2"><c r="A3" t="s"><v>10</v></c><c r="B3" s="1"><v>45536</v></c></row>' +
  '<row r="4" spans="1:2"><c r="A4" s="2"><v>45537.75</v></c><c r="B4" s="4"><v>0.5</v></c></row>' +
  '<row r="5" spans="1:3"><c r="A5" s="5"><v>12</v></c><c r="B5" t="e"><v>#N/A</v></c><c r="C5" t="b"><v>0</v></c></row>' +
  '<row r="6" spans="1:3"><c r="A6" t="inlineStr"><is><t>Сайт школы</t></is></c><c r="B6" t="b"><v>1</v></c><c r="C6" s="3" t="s"><v>7</v></c></row>' +
  '<row r="8" spans="2:2"><c r="B8" t="str"><f>A1&amp;"!"</f><v>Показатель!</v></c></row>' +
  '<row r="9" spans="1:3"><c r="A9"><f>SUM(1,2)</f><v>3</v></c><c r="B9" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C9" s="1"><f>DATE(2024,9,1)</f><v>45536</v></c></row>' +
  '<row r="10" spans="1:3"><c r="A10"><f>A9*0</f><v>0</v></c><c r="B10" t="b"><f>FALSE()</f><v>0</v></c><c r="C10" t="str"><f>""</f><v></v></c></row>' +
  '<row r="11" spans="1:2"><c r="A11"><f>NOW()</f></c><c r="B11" s="3"/></row>' +
  '<row r="12" spans="3:3"><c r="C12" t="inlineStr"><is><r><rPr><i/></rPr><t>курсив</t></r><r><t>_x005F_x0041_ </t></r></is></c></row>' +
  '</sheetData><hyperlinks><hyperlink ref="A6" r:id="rId1"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/**
 * «Пары»: a header in row 2 below a merged title, shared formulas with cached results, a hidden
 * row (5), a collapsed outline group (rows 7–8 under the summary row 9), a merged «Этап» over
 * rows 10–11, and a table with a filter on its third column.
 */
const PAIRS_SHEET =
  `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><outlinePr summaryBelow="1"/></sheetPr><dimension ref="A1:D11"/>` +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/><sheetData>' +
  '<row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t>Пары 2024/2025</t></is></c><c r="B1" t="inlineStr"><is><t>скрыто под объединением</t></is></c></row>' +
  '<row r="2" spans="1:4"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c><c r="D2" t="inlineStr"><is><t>Баллы</t></is></c></row>' +
  '<row r="3" spans="1:4"><c r="A3" t="s"><v>5</v></c><c r="B3" s="2"><v>45536</v></c><c r="C3"><v>2</v></c><c r="D3"><f t="shared" ref="D3:D6" si="0">C3*10</f><v>20</v></c></row>' +
  '<row r="4" spans="1:4"><c r="A4" t="s"><v>6</v></c><c r="B4" s="2"><v>45566</v></c><c r="C4"><v>3</v></c><c r="D4"><f t="shared" si="0"/><v>30</v></c></row>' +
  '<row r="5" spans="1:4" hidden="1"><c r="A5" t="s"><v>7</v></c><c r="B5" s="2"><v>45597</v></c><c r="C5"><v>4.5</v></c><c r="D5"><f t="shared" si="0"/><v>45</v></c></row>' +
  '<row r="6" spans="1:4"><c r="A6" t="inlineStr"><is><t>Козлов Игорь</t></is></c><c r="C6"><v>1E-3</v></c><c r="D6"><f t="shared" si="0"/><v>0.01</v></c></row>' +
  '<row r="7" spans="1:4" outlineLevel="1" hidden="1"><c r="A7" t="inlineStr"><is><t>Деталь 1</t></is></c></row>' +
  '<row r="8" spans="1:4" outlineLevel="1" hidden="1"><c r="A8" t="inlineStr"><is><t>Деталь 2</t></is></c></row>' +
  '<row r="9" spans="1:4" collapsed="1"><c r="A9" t="inlineStr"><is><t>Итого по группе</t></is></c></row>' +
  '<row r="10" spans="1:4"><c r="A10" t="inlineStr"><is><t>Этап 1</t></is></c><c r="B10" t="inlineStr"><is><t>Событие А</t></is></c></row>' +
  '<row r="11" spans="1:4"><c r="B11" t="inlineStr"><is><t>Событие Б</t></is></c></row>' +
  '</sheetData><mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="A10:A11"/></mergeCells>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';

const PAIRS_TABLE =
  `${XML}<table xmlns="${MAIN}" id="1" name="Pairs" displayName="Pairs" ref="A2:D6"><autoFilter ref="A2:D6">` +
  '<filterColumn colId="2"><filters><filter val="2"/><filter val="3"/></filters></filterColumn></autoFilter>' +
  '<tableColumns count="4"><tableColumn id="1" name="ФИО"/><tableColumn id="2" name="Дата начала"/><tableColumn id="3" name="Стаж"/><tableColumn id="4" name="Баллы"/></tableColumns>' +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

const CHART_SHEET = `${XML}<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;

/** An Excel-like workbook: «Сведения», «Пары», a chart sheet «Диаграмма». */
export function excelLikeParts(): Parts {
  return {
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>' +
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"]]),
    "xl/workbook.xml":
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>` +
      '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      '<sheets><sheet name="Сведения" sheetId="1" r:id="rId1"/><sheet name="Пары" sheetId="2" r:id="rId2"/><sheet name="Диаграмма" sheetId="3" r:id="rId3"/></sheets>' +
      '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Пары!$A$2:$D$6</definedName></definedNames><calcPr calcId="191029"/></workbook>',
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ["rId2", "worksheet", "worksheets/sheet2.xml"],
      ["rId3", "chartsheet", "chartsheets/sheet1.xml"],
      ["rId4", "styles", "styles.xml"],
      ["rId5", "sharedStrings", "sharedStrings.xml"],
    ]),
    "xl/worksheets/sheet1.xml": INFO_SHEET,
    "xl/worksheets/_rels/sheet1.xml.rels": rels([
      ["rId1", "hyperlink", "https://school.example/", ' TargetMode="External"'],
    ]),
    "xl/worksheets/sheet2.xml": PAIRS_SHEET,
    "xl/worksheets/_rels/sheet2.xml.rels": rels([["rId1", "table", "../tables/table1.xml"]]),
    "xl/tables/table1.xml": PAIRS_TABLE,
    "xl/chartsheets/sheet1.xml": CHART_SHEET,
    "xl/styles.xml": STYLES,
    "xl/sharedStrings.xml": SST,
  };
}

/**
 * The parts with `from` renamed `to`: its own relationships move with it, and every relationship
 * that pointed at it now says `target` (by default the absolute `/to`); content types follow.
 */
export function renamePart(parts: Parts, from: string, to: string, target = `/${to}`): Parts {
  const out: Parts = {};
  for (const [name, data] of Object.entries(parts)) {
    const newName = name === from ? to : name === relsOf(from) ? relsOf(to) : name;
    let text = data;
    if (typeof text === "string" && name.endsWith(".rels")) {
      const source = sourceOf(name);
      text = text.replace(/Target="([^"]*)"/g, (m, t: string) =>
        resolvePart(source, t) === from ? `Target="${target}"` : m,
      );
    } else if (typeof text === "string" && name === "[Content_Types].xml") {
      text = text.replace(`PartName="/${from}"`, `PartName="/${to}"`);
    }
    out[newName] = text;
  }
  return out;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → the package (""). */
function sourceOf(relsPart: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPart);
  return m === null ? "" : `${m[1]}${m[2]}`;
}

/** Every XML part edited by `edit`. */
export function mapXml(parts: Parts, edit: (xml: string, name: string) => string): Parts {
  const out: Parts = {};
  for (const [name, data] of Object.entries(parts))
    out[name] = typeof data === "string" ? edit(data, name) : data;
  return out;
}

/**
 * Worksheets without `r=` on rows and cells (ECMA-376 allows both): empty rows and cells are
 * written out (`<row/>`, `<c/>`) so that positions stay the same.
 */
export function withoutReferences(xml: string): string {
  if (!xml.includes("<sheetData>")) return xml;
  return xml.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_m, data: string) => {
    let row = 0;
    const rows = data.replace(
      /<row r="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g,
      (_r, num: string, attrs: string, _end: string, cells: string | undefined) => {
        const n = Number(num);
        const gap = "<row/>".repeat(n - row - 1);
        row = n;
        let col = 0;
        const body = (cells ?? "").replace(/<c r="([A-Z]+)\d+"/g, (_c, letters: string) => {
          const c = [...letters].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
          const pad = "<c/>".repeat(c - col - 1);
          col = c;
          return `${pad}<c`;
        });
        return `${gap}<row${attrs.replace(/\s*spans="[^"]*"/, "")}>${body}</row>`;
      },
    );
    return `<sheetData>${rows}</sheetData>`;
  });
}

/** The main namespace bound to a prefix (`x:`), as the Open XML SDK writes it. */
export function withPrefix(xml: string, prefix: string): string {
  if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
  return xml
    .replace(`xmlns="${MAIN}"`, `xmlns:${prefix}="${MAIN}"`)
    .replace(
      /<(\/?)([A-Za-z]+)(?=[\s>/])/g,
      (_m, slash: string, name: string) => `<${slash}${prefix}:${name}`,
    );
}
