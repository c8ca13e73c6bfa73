/**
 * Reading one cell by its column's declaration in the catalogue (type and readings): the single
 * dispatcher the list sheets, «Перенести лист» and «Срезы» share.
 */
import type { RawCell } from "../grid";
import type { ColumnType } from "../template/columns";
import { cleanText, lowerYo } from "../text/normalize";
import { MAX_DATE_TEXT, period, stripYearSuffix } from "./dateText";
import { ruDateOf } from "./dates";
import { readValueWithKind } from "./enumText";
import { readOrderRef } from "./orderRef";
import {
  BAD,
  type DateContext,
  displayOf,
  EMPTY,
  type Fill,
  isEmptyCell,
  ok,
  type Read,
  readDate,
  readEnum,
  readNumber,
  readText,
  readYesNo,
} from "./parse";

/** What reading a cell may need besides the cell: the date system and the school year. */
export type ReadContext = DateContext;

export function readCell(raw: RawCell, type: ColumnType, ctx: ReadContext | boolean): Read<unknown> {
  const context = typeof ctx === "boolean" ? { date1904: ctx } : ctx;
  switch (type.kind) {
    case "text":
    case "person":
    case "personRef":
      return readText(raw);
    case "date":
      return readDate(raw, context, type.readings);
    case "number":
      return readNumber(raw, type.unit);
    case "yesno":
      return readYesNo(raw, type.documentRef);
    case "enum":
      return readEnumCell(raw, type);
    case "period":
      return readPeriodCell(raw, type);
    case "orderRef":
      return readOrderCell(raw, type);
  }
}

type EnumType = Extract<ColumnType, { kind: "enum" }>;

function readEnumCell(raw: RawCell, type: EnumType): Read<unknown> {
  const r = readEnum(raw, type.spec);
  if (r.state === "empty") return type.emptyAs === undefined ? r : ok(type.emptyAs);
  if (r.state === "ok" || !type.withKind || typeof raw !== "string") return r;
  const both = readValueWithKind(raw, type.spec, type.withKind.spec);
  if (!both) return r;
  return {
    state: "ok",
    value: both.value,
    fills: [
      {
        key: type.withKind.key,
        read: ok(both.kind),
        note: `«${both.value}», вид «${both.kind}»`,
      },
    ],
  };
}

/** «Срок наставничества»: a period (workbook.md, Dates 5) filling the two date columns. */
function readPeriodCell(raw: RawCell, type: Extract<ColumnType, { kind: "period" }>): Read<unknown> {
  if (isEmptyCell(raw)) return EMPTY;
  const text = typeof raw === "string" ? lowerYo(cleanText(raw)) : null;
  const p = text === null || text.length > MAX_DATE_TEXT ? null : period(stripYearSuffix(text));
  if (p === null || p.kind !== "period") {
    // Not a period («1 год»): one F002 on «Дата начала», and no F001 for the cells it should fill.
    const fills: Fill[] = [
      { key: type.from, read: BAD },
      { key: type.to, read: BAD },
    ];
    return { state: "bad", fills };
  }
  return {
    state: "ok",
    value: displayOf(raw),
    ...(p.note ? { note: `${ruDateOf(p.from)} – ${ruDateOf(p.to)}` } : {}),
    fills: [
      { key: type.from, read: ok(p.from) },
      { key: type.to, read: ok(p.to) },
    ],
  };
}

/** «Приказ»: «№ 145-од от 01.09.2023» filling «Приказ №» and «Приказ от» (nothing reported). */
function readOrderCell(raw: RawCell, type: Extract<ColumnType, { kind: "orderRef" }>): Read<unknown> {
  const shown = readText(raw);
  if (shown.state !== "ok" || typeof raw !== "string") return shown;
  const ref = readOrderRef(raw);
  const fills: Fill[] = [];
  if (ref.number !== undefined) fills.push({ key: type.number, read: ok(ref.number) });
  if (ref.date !== undefined) fills.push({ key: type.date, read: ok(ref.date) });
  return fills.length === 0 ? shown : { state: "ok", value: shown.value, fills };
}
