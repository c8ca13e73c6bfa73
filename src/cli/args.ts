/** Command-line arguments (node's own parseArgs), with Russian usage errors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { dayFromIso, type DayNumber } from "../domain/values/dates";

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parse<const T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true } as const);
  } catch (e) {
    throw new UsageError(`Неверные аргументы: ${(e as Error).message}`);
  }
}

/** `--as-of YYYY-MM-DD` → a day, or a usage error naming the bad value. */
export function asOfOption(value: string | undefined): DayNumber | undefined {
  if (value === undefined) return undefined;
  const day = dayFromIso(value);
  if (day === null)
    throw new UsageError(
      `--as-of: «${value}» — не дата. Укажите дату в виде ГГГГ-ММ-ДД, например 2024-12-20.`,
    );
  return day;
}
