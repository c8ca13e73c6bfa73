/**
 * The regional level (beyond the spec, README "Beyond the spec"): a region consolidates its
 * municipalities' consolidation workbooks — the files `consolidate` writes — re-pooled exactly from
 * their «Данные свода»: sums of numerators and denominators per municipality and per school. A
 * school given twice, in its own file and inside its municipality's consolidation, is counted once
 * (the newer by the usual rule), and the result says which source was used.
 */
import { copyFileSync, mkdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { kpiCatalogue } from "../../src/domain/kpi/catalogue";
import { nastavnik, nastavnikJson } from "../cli/run";
import { inspectWorkbook } from "../xlsx/support/external";
import {
  blankForm,
  generate,
  type Hand,
  handOfSchool,
  handTotal,
  schoolsIn,
  sharesOf,
} from "./municipalFolder";
import { tempDir } from "./support";

const dir = tempDir("nastavnik-region-");
const A = join(dir, "Северный");
const B = join(dir, "Южный");
const R = join(dir, "регион");
const T0 = Date.UTC(2024, 11, 6, 9, 0) / 1000;
const blank = join(dir, "бланк.xlsx");

const NORTH = "Северный муниципальный район";
const SOUTH = "Южный городской округ";
const north = schoolsIn(A, NORTH, { mtime: T0 });
const south = schoolsIn(B, SOUTH, { mtime: T0 });
const sentToRegion = schoolsIn(R, NORTH, { mtime: T0 });
const A1 = north({ path: "01_SV-01.xlsx", seed: 21, code: "СВ-01", mentored: 3 });
const A2 = north({ path: "02_SV-02.xlsx", seed: 22, code: "СВ-02", staff: 18, without: 2 });
const A3 = north({
  path: "03_SV-03.xlsx",
  seed: 23,
  code: "СВ-03",
  staff: "уточняется",
  groups: 2,
});
const B1 = south({
  path: "01_YU-01.xlsx",
  seed: 31,
  code: "ЮГ-01",
  mentored: 5,
  without: 0,
  staff: 60,
  pupils: 900,
});
const B2 = south({
  path: "02_YU-02.xlsx",
  seed: 32,
  code: "ЮГ-02",
  mentored: 1,
  groups: 0,
  staff: 12,
});
// СВ-02 sent its corrected workbook straight to the region, after the municipality had consolidated.
const A2new = sentToRegion({
  path: "СВ-02_исправлено.xlsx",
  seed: 24,
  code: "св-02",
  asOf: "2024-12-09",
  staff: 19,
  mentored: 3,
  without: 0,
});
const FORM = {
  "young_mentored|numerator": 4,
  "young_mentored|denominator": 5,
  "active_groups|value": 6,
  "active_groups|links": 6,
  "active_groups|byForm:Учитель – учитель": 6,
  "active_groups|byKind:Традиционное (один на один)": 6,
  "mentor_load|mentors": 6,
  "mentor_load|mentees": 6,
  "mentor_load|overLimit": 0,
  "documents|numerator": 5,
};
const formHand: Hand = {
  shares: { young_mentored: [4, 5], documents: [5, 5] },
  groups: {
    value: 6,
    links: 6,
    byForm: { "Учитель – учитель": 6 },
    byKind: { "Традиционное (один на один)": 6 },
  },
  load: { mentors: 6, mentees: 6, overLimit: 0 },
  satisfaction: null,
  overdue: null,
  out: new Set(
    kpiCatalogue
      .map((k) => k.id)
      .filter((id) => !["young_mentored", "documents", "active_groups", "mentor_load"].includes(id)),
  ),
  isForm: true,
};

let json: any;
let code: number;
const out = join(R, "..", "регион.xlsx");

beforeAll(() => {
  for (const d of [A, B, R]) mkdirSync(d, { recursive: true });
  blankForm(blank, SOUTH);
  generate(dir, [
    A1,
    A2,
    A3,
    B1,
    B2,
    A2new,
    {
      type: "form",
      path: join(B, "03_YU-03_forma.xlsx"),
      blank,
      code: "ЮГ-03",
      name: "Школа ЮГ-03",
      municipality: SOUTH,
      asOf: "2024-12-02",
      values: FORM,
      mtime: T0,
    },
  ]);
  for (const [folder, name] of [
    [A, "свод-Северный.xlsx"],
    [B, "свод-Южный.xlsx"],
  ]) {
    const r = nastavnik(["consolidate", folder, "-o", join(R, name)]);
    if (r.code > 1) throw new Error(r.stderr);
  }
  // ЮГ-01's own file given again, unchanged (same date, same modification time).
  copyFileSync(B1.path, join(R, "юг-01-повтор.xlsx"));
  const t = statSync(B1.path).mtime;
  utimesSync(join(R, "юг-01-повтор.xlsx"), t, t);
  const r = nastavnikJson(["consolidate", R, "-o", out]);
  json = r.json;
  code = r.code;
}, 240_000);

const entry = (file: string) => json.files.find((f: any) => f.file === file);
const inner = (svod: string, own: string) => entry(`${join(R, svod)}#${own}`);
const SHARES = kpiCatalogue.filter((k) => k.kind === "share" || k.kind === "plan").map((k) => k.id);

test("each school of each municipal consolidation is an entry of its own, with the source it came from", () => {
  expect(inner("свод-Северный.xlsx", "01_SV-01.xlsx")).toMatchObject({
    kind: "workbook",
    school: { code: "СВ-01", municipality: NORTH },
    source: { file: "01_SV-01.xlsx", via: ["свод-Северный.xlsx"] },
    asOf: "2024-12-02",
    pooled: true,
  });
  expect(inner("свод-Южный.xlsx", "03_YU-03_forma.xlsx")).toMatchObject({ kind: "form", pooled: true });
  // 3 + 3 schools inside the consolidations, and the two own files.
  expect(json.files).toHaveLength(8);
});

test("a school given twice is counted once: the newer file; the other says which source replaced it", () => {
  // СВ-02: its own corrected file (later own date) wins over the municipality's copy.
  expect(inner("свод-Северный.xlsx", "02_SV-02.xlsx")).toMatchObject({
    pooled: false,
    supersededBy: join(R, "СВ-02_исправлено.xlsx"),
  });
  // ЮГ-01: the very same file — same date and modification time — the later in order (by name) is used.
  expect(inner("свод-Южный.xlsx", "01_YU-01.xlsx")).toMatchObject({
    pooled: false,
    supersededBy: join(R, "юг-01-повтор.xlsx"),
  });
  expect(entry(join(R, "юг-01-повтор.xlsx")).pooled).toBe(true);
  expect(json.total.schools).toBe(6);
  const problems = inspectWorkbook(out).sheets.find((s) => s.name === "Проблемы по ОО")!;
  expect(Object.values(problems.cells).map((c) => c.value)).toContain(
    "Файл заменён более новым файлом «СВ-02_исправлено.xlsx» с тем же кодом ОО; в свод не включён.",
  );
});

test("the regional total is the sum a person makes by hand over the schools used", () => {
  const used = [A1, A3, B2, A2new, B1].map(handOfSchool);
  const hand = handTotal([...used, formHand]);
  expect(sharesOf(json.total.kpis, SHARES)).toEqual(
    Object.fromEntries(SHARES.map((id) => [id, hand.shares[id]])),
  );
  expect(json.total.kpis.active_groups).toMatchObject({
    value: hand.groups.value,
    links: hand.groups.links,
    byForm: hand.groups.byForm,
  });
  expect(json.total.kpis.mentor_load).toMatchObject({
    mentors: hand.load.mentors,
    mean: hand.load.mean,
    median: null,
    max: null,
  });
  // The municipality's C004 stays: СВ-03's teachers are out of the region's total too.
  expect(json.total.excluded.teachers_involved).toContain(`${join(R, "свод-Северный.xlsx")}#03_SV-03.xlsx`);
  expect(code).toBe(1); // СВ-03's F002, carried by its municipality's consolidation
});

test("per municipality: the same pooling over each municipality's schools", () => {
  const north = handTotal([A1, A3, A2new].map(handOfSchool));
  const south = handTotal([B1, B2].map(handOfSchool).concat(formHand));
  expect(json.municipalities.map((m: any) => [m.municipality, m.schools])).toEqual([
    [NORTH, 3],
    [SOUTH, 3],
  ]);
  expect(sharesOf(json.municipalities[0].kpis, SHARES)).toEqual(
    Object.fromEntries(SHARES.map((id) => [id, north.shares[id]])),
  );
  expect(sharesOf(json.municipalities[1].kpis, SHARES)).toEqual(
    Object.fromEntries(SHARES.map((id) => [id, south.shares[id]])),
  );
  const sheet = inspectWorkbook(out).sheets.find((s) => s.name === "Итоги по МО")!;
  expect(sheet.tables[0].headers.slice(0, 2)).toEqual(["Муниципалитет", "ОО в итоге"]);
  expect([sheet.cells.A5.value, sheet.cells.B5.value, sheet.cells.A6.value]).toEqual([NORTH, 3, SOUTH]);
});

test("the regional workbook has «Данные свода» too, without a person's name", () => {
  const sheets = inspectWorkbook(out).sheets;
  const data = sheets.find((s) => s.name === "Данные свода")!;
  // One row per school used, its own file and the consolidation it came through.
  expect(data.tables[0].headers.slice(0, 3)).toEqual(["№ ОО", "Файл", "Источник"]);
  expect(data.tables[0].ref).toMatch(/:[A-Z]+7$/);
  const texts = Object.values(data.cells).map((c) => String(c.value));
  expect(texts).toContain("свод-Северный.xlsx");
  expect(texts.some((t) => /[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(вна|вич)$/.test(t))).toBe(false);
});
