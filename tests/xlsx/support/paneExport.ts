/**
 * The pane's «Экспорт для вышестоящей организации» run from Node, for `npm run test:ooxml`: the same
 * `exportReport` the pane calls (reportable result, report plan, the writer chunk loaded on demand,
 * base64 for `Excel.createWorkbook`), on a port that reads a file and keeps what Excel would have
 * been handed to open. So the validator checks the very bytes the pane gives Excel.
 */
import { writeFileSync } from "node:fs";
import type { WorkbookPort } from "../../../src/domain/port/workbookPort";
import { exportReport } from "../../../src/taskpane/hooks/useReportExport";
import { localToday } from "../../../src/taskpane/hooks/workbookGrid";
import { readWorkbookFile } from "../../../src/xlsx/readFile";

const unused = (what: string) => () => Promise.reject(new Error(`${what}: не нужен для экспорта`));

export async function writePaneExport(input: string, output: string): Promise<string> {
  const grid = await readWorkbookFile(input);
  const handed: { base64?: string } = {};
  const port: WorkbookPort = {
    readWorkbook: () => Promise.resolve(grid),
    createWorkbook: (base64) => {
      handed.base64 = base64;
      return Promise.resolve();
    },
    readSheetNames: unused("readSheetNames"),
    readStructure: unused("readStructure"),
    apply: unused("apply"),
    select: unused("select"),
    onUserChange: () => Promise.resolve(() => Promise.resolve()),
  };
  const run = await exportReport(port, null, localToday());
  if (run.outcome !== "opened" || handed.base64 === undefined)
    throw new Error("Экспорт не передал файл в Excel");
  writeFileSync(output, Buffer.from(handed.base64, "base64"));
  return run.fileName;
}
