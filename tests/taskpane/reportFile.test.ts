/** The export file's name and its base64 form for `Excel.createWorkbook`. */
import { dayFromYmd } from "../../src/domain/values/dates";
import { base64OfBytes } from "../../src/taskpane/export/base64";
import { reportFileName } from "../../src/taskpane/export/reportFile";

const asOf = dayFromYmd(2024, 12, 20);

test.each([
  ["ОО-007", "Мониторинг_ОО-007_2024-12-20.xlsx"],
  // Characters Windows refuses in file names become «_»; the name still says which school.
  ["ОО/12: «Лицей»?", "Мониторинг_ОО_12_ «Лицей»_2024-12-20.xlsx"],
  ["  ", "Мониторинг_2024-12-20.xlsx"],
  [null, "Мониторинг_2024-12-20.xlsx"],
])("the file for code %p is %p", (code, name) => {
  expect(reportFileName(code, asOf)).toBe(name);
});

test("base64 of a file larger than one conversion chunk matches Node's", () => {
  const bytes = new Uint8Array(100_003).map((_, i) => (i * 131 + 7) % 256);
  expect(base64OfBytes(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  expect(base64OfBytes(new Uint8Array())).toBe("");
});
