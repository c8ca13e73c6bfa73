/**
 * F008 (info): a value read by one of the readings marked (i) in workbook.md — «сентябрь 2023» as
 * 01.09.2023, «3 мес.» as 0,25 года, «Петров С.Н.» as «Петров Сергей Николаевич», a document
 * reference as «да». One notice per cell; `value` is the cell's text.
 */
import type { Analysis, PairFacts } from "../analysis/analysis";
import { infoSheet } from "../template/keyValue";
import { listSheets } from "../template/sheets";
import { readSettingNumber, readYesNo } from "../values/parse";
import { settingsCatalogue } from "../template/keyValue";
import { atCell, atInfoItem, atSettingItem, defineRule, q, type Finding, type Place } from "./define";
import { ruleRows } from "./rows";

const notice = (at: Place, note: string): Finding => ({
  at,
  message: `Значение ${q(at.value)} прочитано как ${note}.`,
});

function listNotices(a: Analysis, out: Finding[]): void {
  for (const spec of listSheets) {
    if (!a.wb.sheets[spec.id]) continue;
    for (const row of ruleRows(a, spec.id)) {
      for (const key of row.notedKeys()) {
        const read = row.read(key)!;
        if (read.state === "ok" && read.note !== undefined)
          out.push(notice(atCell(a, spec.id, row, key), read.note));
      }
    }
  }
}

function shortNameNotices(a: Analysis, out: Finding[]): void {
  const add = (f: PairFacts, key: "mentor" | "mentee", fullName: string | undefined) =>
    out.push(notice(atCell(a, "pairs", f.pair.src, key), q(fullName)));
  for (const f of a.pairs) {
    if (f.mentorByShortName) add(f, "mentor", f.mentor?.name);
    if (f.menteeByShortName) add(f, "mentee", f.mentee?.name);
  }
}

function itemNotices(a: Analysis, out: Finding[]): void {
  if (a.wb.info.nameInFile !== null) {
    for (const spec of infoSheet.items) {
      if (spec.type.kind !== "yesno") continue;
      const item = a.wb.info.items.get(spec.key);
      const r = item ? readYesNo(item.raw, spec.type.documentRef) : null;
      if (r?.state === "ok" && r.note !== undefined) out.push(notice(atInfoItem(a, item), r.note));
    }
  }
  for (const spec of settingsCatalogue) {
    const item = a.wb.settingItems.get(spec.key);
    if (!item || spec.kind === "yesno") continue;
    const r = readSettingNumber(item.raw, spec.unit);
    if (r.state === "ok" && r.note !== undefined) out.push(notice(atSettingItem(a, item), r.note));
  }
}

export const readAsNotice = defineRule("F008", "info", "*", "Значение прочитано с пояснением", (a) => {
  const out: Finding[] = [];
  itemNotices(a, out);
  listNotices(a, out);
  shortNameNotices(a, out);
  return out;
});
