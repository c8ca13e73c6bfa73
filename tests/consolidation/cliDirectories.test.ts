/**
 * Directories as inputs (cli.md): their .xlsx files sorted by name, not recursive, without Excel's
 * «~$» lock files; `file` is the directory joined with the name. Many files keep their order and
 * their figures.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nastavnikJson } from "../cli/run";
import { SCHOOL_FILES, school } from "../fixtures/schoolFiles";
import { tempDir } from "./support";

const dir = tempDir();
const samples = SCHOOL_FILES.map(school);

test("a folder gives its .xlsx files sorted by name; lock files, other files and subfolders are left out", () => {
  const schools = join(dir, "школы");
  mkdirSync(join(schools, "архив"), { recursive: true });
  copyFileSync(samples[2], join(schools, "b.xlsx"));
  copyFileSync(samples[0], join(schools, "a.xlsx"));
  copyFileSync(samples[1], join(schools, "C.XLSX"));
  copyFileSync(samples[1], join(schools, "~$a.xlsx"));
  copyFileSync(samples[1], join(schools, "архив", "d.xlsx"));
  writeFileSync(join(schools, "readme.txt"), "не книга");
  const { json } = nastavnikJson(["consolidate", schools, samples[0], "-o", join(dir, "svod.xlsx")]);
  expect(json.files.map((f: any) => f.file)).toEqual([
    join(schools, "C.XLSX"),
    join(schools, "a.xlsx"),
    join(schools, "b.xlsx"),
    samples[0],
  ]);
  expect(json.files.map((f: any) => f.school.code)).toEqual(["ОО-12", "ОО-11", "ОО-13", "ОО-11"]);
  // The repeated school is pooled once: the copy in the folder is newer (same own date, later mtime).
  expect(json.files[3]).toMatchObject({ pooled: false, supersededBy: join(schools, "a.xlsx") });
  expect(json.files[3].errors).toBe(json.files[1].errors);
  expect(json.files.map((f: any) => f.pooled)).toEqual([true, true, true, false]);
  expect(json.total.schools).toBe(3);
});

test("30 copies of three schools keep their order, and each school is pooled once (its newest copy)", () => {
  const many = join(dir, "много");
  mkdirSync(many);
  for (let i = 0; i < 30; i++)
    copyFileSync(samples[i % 3], join(many, `s${String(i).padStart(2, "0")}.xlsx`));
  const three = nastavnikJson(["consolidate", ...samples, "-o", join(dir, "three.xlsx")]).json;
  const { json } = nastavnikJson(["consolidate", many, "-o", join(dir, "many.xlsx")]);
  expect(json.files.map((f: any) => f.file)).toEqual(
    Array.from({ length: 30 }, (_, i) => join(many, `s${String(i).padStart(2, "0")}.xlsx`)),
  );
  json.files.forEach((f: any, i: number) => expect(f.kpis).toEqual(three.files[i % 3].kpis));
  // Same own dates; the copies were written in name order, so the last copy of each school wins.
  const newest = (i: number) => join(many, `s${String(27 + (i % 3)).padStart(2, "0")}.xlsx`);
  json.files.forEach((f: any, i: number) =>
    expect({ i, pooled: f.pooled, by: f.supersededBy }).toEqual({
      i,
      pooled: i >= 27,
      by: i >= 27 ? null : newest(i),
    }),
  );
  expect(json.total.schools).toBe(3);
  expect(json.total.kpis).toEqual(three.total.kpis);
});
