/**
 * From raw grids to the school workbook model: sheets found by name or alias, list sheets read
 * row by row, «Сведения» and «Настройки» read by item, sheet-level issues (S001, S002, S004)
 * collected.
 */
import type { WorkbookGrid } from "../grid";
import type { Issue } from "../issues";
import type { ItemRead, Mentee, Mentor, OrgInfo, Pair, PlanItem } from "../model/records";
import { valueOf, type RowRead, type SheetRead } from "../model/sheetRead";
import { documentKeys, infoSheet, settingsSheet, type Settings } from "../template/keyValue";
import { listSheets, type ListSheetId } from "../template/sheets";
import { readSnapshots, type SnapshotsRead } from "../snapshots/readSnapshots";
import { personKey } from "../text/normalize";
import { type DayNumber, schoolYearStartOf } from "../values/dates";
import { readDate, readNumber, readText, readYesNo } from "../values/parse";
import type { ReadContext } from "../values/readCell";
import { parseSchoolYear } from "../values/schoolYear";
import { findSheet } from "./findSheets";
import { readKeyValueSheet } from "./readKeyValueSheet";
import { readListSheet } from "./readListSheet";
import { readSettings } from "./readSettings";
import { structureIssue } from "./structureIssues";

export interface SchoolWorkbook {
  readonly date1904: boolean;
  readonly info: OrgInfo;
  readonly settings: Settings;
  /** «Настройки» items as found (for F002/F004 on unreadable values); empty when absent. */
  readonly settingItems: ReadonlyMap<string, ItemRead>;
  readonly settingsSheetName: string | null;
  readonly sheets: Readonly<Record<ListSheetId, SheetRead | null>>;
  readonly mentors: readonly Mentor[];
  readonly mentees: readonly Mentee[];
  readonly pairs: readonly Pair[];
  readonly plan: readonly PlanItem[];
  /** «Срезы»: the KPI history the add-in has fixed (not validated by the rules). */
  readonly snapshots: SnapshotsRead;
  /** S001, S002 and S004. */
  readonly structureIssues: readonly Issue[];
}

const text = (r: RowRead, k: string) => valueOf<string>(r, k);
const keyOf = (name: string | undefined) => (name === undefined ? undefined : personKey(name));

/**
 * Records are built field by field: an object spread of shared fields (`{ ...personOf(r) }`) takes
 * V8's slow generic copy here and cost ~20× the explicit literal over a region's 150,000 persons.
 */
function mentorOf(r: RowRead): Mentor {
  const name = text(r, "fio");
  return {
    row: r.row,
    src: r,
    name,
    key: keyOf(name),
    position: text(r, "position"),
    subject: text(r, "subject"),
    experience: valueOf<number>(r, "experience"),
    category: valueOf(r, "category"),
    qualification: valueOf(r, "qualification"),
    consent: valueOf(r, "consent"),
    trained: valueOf(r, "trained"),
    rewarded: valueOf(r, "rewarded"),
  };
}

function menteeOf(r: RowRead): Mentee {
  const name = text(r, "fio");
  return {
    row: r.row,
    src: r,
    name,
    key: keyOf(name),
    position: text(r, "position"),
    subject: text(r, "subject"),
    experience: valueOf<number>(r, "experience"),
    category: valueOf(r, "category"),
    age: valueOf(r, "age"),
    birthDate: valueOf(r, "birthDate"),
    young: valueOf(r, "young"),
    youngUnreadable: r.read("young")?.state === "bad",
    retained: valueOf(r, "retained"),
  };
}

function pairOf(r: RowRead): Pair {
  const mentorName = text(r, "mentor");
  const menteeName = text(r, "mentee");
  return {
    row: r.row,
    src: r,
    no: text(r, "no"),
    mentorName,
    mentorKey: keyOf(mentorName),
    menteeName,
    menteeKey: keyOf(menteeName),
    form: valueOf(r, "form"),
    kind: valueOf(r, "kind"),
    start: valueOf(r, "start"),
    plannedEnd: valueOf(r, "plannedEnd"),
    actualEnd: valueOf(r, "actualEnd"),
    status: valueOf(r, "status"),
    reason: valueOf(r, "reason"),
    orderNo: text(r, "orderNo"),
    orderDate: valueOf(r, "orderDate"),
    program: valueOf(r, "program"),
    mentorScore: valueOf(r, "mentorScore"),
    menteeScore: valueOf(r, "menteeScore"),
  };
}

function planItemOf(r: RowRead): PlanItem {
  return {
    row: r.row,
    src: r,
    stage: valueOf(r, "stage"),
    event: text(r, "event"),
    due: valueOf(r, "due"),
    status: valueOf(r, "status"),
    doneDate: valueOf(r, "doneDate"),
  };
}

function orgInfoOf(
  nameInFile: string | null,
  items: ReadonlyMap<string, ItemRead>,
  date1904: boolean,
): OrgInfo {
  const raw = (k: string) => items.get(k)?.raw ?? null;
  const ok = <T>(r: { state: string; value?: T }): T | undefined => (r.state === "ok" ? r.value : undefined);
  const count = (k: string) => {
    const n = ok(readNumber(raw(k), "count"));
    return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
  };
  const schoolYear = ok(readText(raw("schoolYear")));
  return {
    nameInFile,
    items,
    code: ok(readText(raw("code"))),
    name: ok(readText(raw("name"))),
    municipality: ok(readText(raw("municipality"))),
    schoolYear,
    schoolYearFirst: parseSchoolYear(schoolYear) ?? undefined,
    asOf: ok(readDate(raw("asOf"), date1904)),
    teachers: count("teachers"),
    students: count("students"),
    students10: count("students10"),
    documents: documentKeys.map((k) => ok(readYesNo(raw(k), true))),
  };
}

export interface ReadOptions {
  /** The as-of date D when it overrides «Отчётная дата» («в течение года» needs a school year). */
  readonly asOf?: DayNumber;
}

export function readSchoolWorkbook(grid: WorkbookGrid, opts: ReadOptions = {}): SchoolWorkbook {
  const issues: Issue[] = [];
  const sheetMissing = (name: string) =>
    structureIssue(
      "S001",
      name,
      null,
      null,
      `В книге нет листа «${name}». Добавьте лист с этим названием (кнопка «Создать структуру» в надстройке создаст его).`,
    );

  const infoGrid = findSheet(grid, infoSheet);
  let infoItems: ReadonlyMap<string, ItemRead> = new Map();
  if (infoGrid) {
    const r = readKeyValueSheet(infoGrid, infoSheet);
    infoItems = r.items;
    issues.push(...r.issues);
  } else issues.push(sheetMissing(infoSheet.name));

  const info = orgInfoOf(infoGrid?.name ?? null, infoItems, grid.date1904);
  // «в течение года» is 31.05 of «Учебный год» when readable, else of the school year containing D.
  const d = opts.asOf ?? info.asOf;
  const ctx: ReadContext = {
    date1904: grid.date1904,
    schoolYearFirst: info.schoolYearFirst ?? (d === undefined ? null : schoolYearStartOf(d)),
  };
  const sheets = {} as Record<ListSheetId, SheetRead | null>;
  for (const spec of listSheets) {
    const g = findSheet(grid, spec);
    if (!g) {
      issues.push(sheetMissing(spec.name));
      sheets[spec.id] = null;
      continue;
    }
    const r = readListSheet(g, spec, ctx);
    sheets[spec.id] = r.sheet;
    issues.push(...r.issues);
  }

  const settingsGrid = findSheet(grid, settingsSheet);
  const settingsRead = settingsGrid ? readKeyValueSheet(settingsGrid, settingsSheet) : null;
  const settingItems =
    settingsRead && settingsRead.issues.length === 0 ? settingsRead.items : new Map<string, ItemRead>();
  const rows = (id: ListSheetId) => sheets[id]?.rows ?? [];

  return {
    date1904: grid.date1904,
    info,
    settings: readSettings(settingItems).settings,
    settingItems,
    settingsSheetName: settingsGrid?.name ?? null,
    sheets,
    mentors: rows("mentors").map(mentorOf),
    mentees: rows("mentees").map(menteeOf),
    pairs: rows("pairs").map(pairOf),
    plan: rows("plan").map(planItemOf),
    snapshots: readSnapshots(grid),
    structureIssues: issues,
  };
}
