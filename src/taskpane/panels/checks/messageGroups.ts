/**
 * One line per rule and message: the issues of a sheet and severity grouped by rule, column and
 * message template, so «У наставника «…» нет ни одной строки на листе «Пары»» stands once with its
 * count and cells instead of once per mentor.
 *
 * The template is found from the messages themselves, not declared per rule: the parts of a message
 * that name a value — a quoted «…» text and a number or date — are its slots, the rest its wording.
 * Messages with the same rule, column and wording fall into one group; a slot that reads the same in
 * every message of the group (a sheet name in quotes, the limit «3») is kept as written, a slot that
 * differs (the person's name, the count) becomes «…» and is shown beside each cell instead. So
 * messages that differ only by the value named in them group together, while a rule whose wording
 * itself varies (P006 names which dates contradict the status) gets a line per wording, and each
 * column its own line (a methodist fixes a column at a time). Pure, so it is tested without
 * rendering.
 */
import type { Issue } from "../../../domain/issues";

/** A value named in a message: a quoted text, or a number or date (31.02.2024, 0,5). */
const SLOT = /«[^«»]*»|\d+(?:[.,]\d+)*/g;

export interface MessageGroup {
  readonly key: string;
  readonly code: string;
  /** The message with the slots that differ between its issues as «…» (or … for a number). */
  readonly template: string;
  readonly issues: readonly Issue[];
  /** Per issue, what its message says in the slots the template leaves out. */
  readonly details: readonly (readonly string[])[];
}

interface Parsed {
  readonly wording: readonly string[];
  readonly slots: readonly string[];
}

function parse(message: string): Parsed {
  const wording: string[] = [];
  const slots: string[] = [];
  let at = 0;
  for (const m of message.matchAll(SLOT)) {
    wording.push(message.slice(at, m.index));
    slots.push(m[0]);
    at = m.index + m[0].length;
  }
  wording.push(message.slice(at));
  return { wording, slots };
}

const blank = (slot: string) => (slot.startsWith("«") ? "«…»" : "…");

/** The issues in groups, in the order of each group's first issue. */
export function groupByMessage(issues: readonly Issue[]): MessageGroup[] {
  const groups = new Map<string, { issues: Issue[]; parsed: Parsed[] }>();
  for (const issue of issues) {
    const parsed = parse(issue.message);
    const key = [issue.code, issue.column ?? "", ...parsed.wording].join("\u0000");
    const group = groups.get(key);
    if (group) {
      group.issues.push(issue);
      group.parsed.push(parsed);
    } else groups.set(key, { issues: [issue], parsed: [parsed] });
  }
  return [...groups].map(([key, { issues: mine, parsed }]) => {
    const [first] = parsed;
    const varies = first.slots.map((slot, i) => parsed.some((p) => p.slots[i] !== slot));
    const template = first.wording
      .map((text, i) =>
        i < first.slots.length ? text + (varies[i] ? blank(first.slots[i]) : first.slots[i]) : text,
      )
      .join("");
    const details = parsed.map((p) => p.slots.filter((_, i) => varies[i]));
    return { key, code: mine[0].code, template, issues: mine, details };
  });
}
