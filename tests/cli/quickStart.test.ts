/**
 * README's quick start works as printed: each `npx nastavnik …` line of its first code block, run in
 * an empty folder, exits as the comment beside it says (the demo has deliberate mistakes: `check`
 * and `kpi` exit 1); and `init` tells the user to run `npx nastavnik`, which is what works.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../consolidation/support";
import { REPO_ROOT } from "../paths";
import { nastavnik } from "./run";

const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
const block = /## Quick start[\s\S]*?```bash\n([\s\S]*?)```/.exec(readme)![1];
const lines = block
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l.startsWith("npx nastavnik "));

test("every command of the quick start exits as README says", () => {
  expect(lines.length).toBeGreaterThanOrEqual(3);
  const dir = tempDir("nastavnik-quickstart-");
  for (const line of lines) {
    const [command, comment = ""] = line.split("#");
    const args = command.trim().split(/\s+/).slice(2);
    const r = nastavnik(args, dir);
    const said = /exits (\d)/.exec(comment)?.[1] ?? "0";
    expect([line, r.code]).toEqual([line, Number(said)]);
    expect(r.stderr).not.toContain("Внутренняя ошибка");
  }
});

test("init --demo points to `npx nastavnik` and says the demo has mistakes on purpose", () => {
  const dir = tempDir("nastavnik-quickstart-");
  const r = nastavnik(["init", "demo.xlsx", "--demo"], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("npx nastavnik check demo.xlsx");
  expect(r.stdout).toContain("с кодом 1");
});
