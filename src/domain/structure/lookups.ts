/**
 * «Справочники»: one column per enum list of the catalogue, the source of every dropdown. The
 * sheet is generated and never read back as input.
 */
import { columnLetter } from "../issues";
import { allEnums, type EnumSpec } from "../template/enums";

export const LOOKUPS_SHEET = "Справочники";

/** Worksheet column of each list on «Справочники», in catalogue order. */
export function lookupColumn(spec: EnumSpec): number {
  const i = allEnums.indexOf(spec);
  if (i < 0) throw new Error(`Список «${spec.name}» не описан в справочниках`);
  return i + 1;
}

/** The dropdown source formula for an enum, e.g. `='Справочники'!$D$2:$D$9`. */
export function lookupSource(spec: EnumSpec): string {
  const col = columnLetter(lookupColumn(spec));
  return `='${LOOKUPS_SHEET}'!$${col}$2:$${col}$${spec.values.length + 1}`;
}

/** The 2-D block of «Справочники»: a header row of list names, then the values below each. */
export function lookupValues(): string[][] {
  const height = Math.max(...allEnums.map((e) => e.values.length));
  const rows: string[][] = [allEnums.map((e) => e.name)];
  for (let r = 0; r < height; r++) rows.push(allEnums.map((e) => e.values[r] ?? ""));
  return rows;
}
