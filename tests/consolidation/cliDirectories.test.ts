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
  // The repeated school is flagged and still pooled on its own.
  expect(json.files[3]).toMatchObject({ status: "errors", errors: 1 });
  expect(json.total.schools).toBe(4);
});

test("30 files keep their order and pool to 10× the three schools", () => {
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
  expect(json.total.schools).toBe(30);
  for (const id of ["young_mentored", "teachers_involved", "documents"]) {
    expect(json.total.kpis[id].numerator).toBe(10 * three.total.kpis[id].numerator);
    expect(json.total.kpis[id].denominator).toBe(10 * three.total.kpis[id].denominator);
  }
  expect(json.total.kpis.mentor_load.mean).toBeCloseTo(three.total.kpis.mentor_load.mean, 12);
});
