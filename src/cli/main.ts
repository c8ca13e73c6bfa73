/**
 * `nastavnik` — the engine of the add-in on .xlsx files, for analysts with many files and for
 * automation (cli.md). Never needs Excel or the network.
 */
import { UsageError } from "./args";
import { check } from "./commands/check";
import { consolidateCommand } from "./commands/consolidate";
import { form } from "./commands/form";
import { init } from "./commands/init";
import { kpi } from "./commands/kpi";
import { match } from "./commands/match";
import { report } from "./commands/report";
import { consoleOutput, type Output } from "./output";

type Command = (argv: readonly string[], out: Output) => Promise<number>;

const commands: Record<string, Command> = {
  init,
  check,
  kpi,
  report,
  consolidate: consolidateCommand,
  match,
  form,
};

export const USAGE = `Наставник — проверка и показатели книг целевой модели наставничества.

Использование:
  nastavnik init <книга.xlsx> [--school-code КОД] [--school-name НАЗВАНИЕ] [--municipality МО] [--year ГГГГ/ГГГГ] [--demo] [--force]
  nastavnik check <книга.xlsx>... [--as-of ГГГГ-ММ-ДД] [--json]
  nastavnik kpi <книга.xlsx>... [--as-of ГГГГ-ММ-ДД] [--json]
  nastavnik report <книга.xlsx> -o <отчёт.xlsx> [--as-of ГГГГ-ММ-ДД] [--force]
  nastavnik consolidate <книга.xlsx или папка>... -o <свод.xlsx> [--as-of ГГГГ-ММ-ДД] [--form-map <соответствие.xlsx>] [--json] [--feedback ПАПКА] [--force]
  nastavnik match <книга.xlsx>... [--as-of ГГГГ-ММ-ДД] [--json]
  nastavnik form -o <форма.xlsx> [--municipality МО] [--as-of ГГГГ-ММ-ДД] [--force]

Коды выхода: 0 — ошибок нет; 1 — найдены ошибки; 2 — неверные аргументы или файл не читается.
Для report: 0 — отчёт записан (ошибки книги ему не мешают); 1 — не записан, в нём оказались бы ФИО; 2 — неверные аргументы, файл не читается или нет отчётной даты.`;

export async function run(
  argv: readonly string[],
  out: Output = consoleOutput({ progress: true }),
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    out.line(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    out.error(`Неизвестная команда «${name}».\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, out);
  } catch (e) {
    if (e instanceof UsageError) {
      out.error(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

/** Entry point of bin/nastavnik.cjs. */
export function main(): void {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Внутренняя ошибка: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
