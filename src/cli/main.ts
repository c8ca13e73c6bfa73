/**
 * `nastavnik` — the engine of the add-in on .xlsx files, for analysts with many files and for
 * automation (cli.md). Never needs Excel or the network.
 */
import { UsageError } from "./args";
import { check } from "./commands/check";
import { consolidateCommand } from "./commands/consolidate";
import { importCommand } from "./commands/import";
import { form } from "./commands/form";
import { init } from "./commands/init";
import { kpi } from "./commands/kpi";
import { match } from "./commands/match";
import { report } from "./commands/report";
import { consoleOutput, type Output } from "./output";
import { OutputError } from "./outputFiles";
import { terminalSafe } from "./terminalText";

type Command = (argv: readonly string[], out: Output) => Promise<number>;

const commands: Record<string, Command> = {
  init,
  check,
  kpi,
  report,
  consolidate: consolidateCommand,
  match,
  import: importCommand,
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
  nastavnik import <файл.xlsx>... -o <книга.xlsx> [--as-of ГГГГ-ММ-ДД] [--force] [--json]
  nastavnik form -o <форма.xlsx> [--municipality МО] [--as-of ГГГГ-ММ-ДД] [--force]

Коды выхода: 0 — ошибок нет; 1 — найдены ошибки; 2 — неверные аргументы, файл не читается или результат нельзя записать (остальные файлы при этом обработаны).
Для import: 0 — книга записана, все значения прочитаны; 1 — записана, но есть непрочитанные значения или обязательные столбцы без источника; 2 — неверные аргументы, входной файл не читается или книга уже существует (без --force).
Для report: 0 — отчёт записан, ошибок в книге нет; 1 — отчёт записан, в книге есть ошибки (их число в отчёте); 2 — неверные аргументы, файл не читается, нет отчётной даты или отчёт не записан, потому что в нём оказались бы ФИО.
Результат никогда не записывается поверх входного файла или в папку с входными файлами.`;

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
    if (e instanceof OutputError) {
      out.error(e.message);
      return 2;
    }
    throw e;
  }
}

/**
 * Output piped into a program that stops reading (`nastavnik check … | head`): the rest is not
 * wanted, so the command ends quietly with its status so far instead of an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}

/** Entry point of bin/nastavnik.cjs. */
export function main(): void {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Every condition a user can cause has its own message; this is a bug of the command. The
      // stack is for developers (NASTAVNIK_DEBUG=1), not for the analyst's terminal.
      const detail =
        e instanceof Error ? (process.env.NASTAVNIK_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
      process.stderr.write(
        `${terminalSafe(`Внутренняя ошибка программы: ${detail}. Сообщите разработчикам, с какими файлами и параметрами это случилось.`)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
