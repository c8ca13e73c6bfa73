/**
 * «Подбор» takes on at most MATCH_WORK_LIMIT mentee × mentor comparisons: a school whose lists are
 * longer gets a Russian reason in seconds instead of an hour of work (src/domain/matching/workLimit.ts).
 */
import { evaluateWorkbook } from "../../src/domain/engine";
import { MATCH_WORK_LIMIT, matchTooBig } from "../../src/domain/matching/workLimit";
import { mentee, mentor, school } from "../domain/builders";

const LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";
/** A distinct full name for every index: three «words» spelled from its digits in base 27. */
function fio(i: number, tag: string): string {
  const word = (n: number) => LETTERS[n % 27] + LETTERS[Math.floor(n / 27) % 27].toLowerCase() + "ов";
  return `${tag}${word(i)} ${word(Math.floor(i / 729))}а ${word(i + 7)}ич`;
}

function schoolOf(mentees: number, mentors: number) {
  return evaluateWorkbook(
    school({
      mentors: Array.from({ length: mentors }, (_, i) => mentor(fio(i, "Н"))),
      mentees: Array.from({ length: mentees }, (_, i) => mentee(fio(i, "М"))),
      pairs: [],
    }),
  );
}

test("a school within the limit is matched", () => {
  expect(matchTooBig(schoolOf(300, 40))).toBeNull();
});

test("lists over the limit are refused with the reason and the figures", () => {
  // 15,000 × 14,000 = 210 million comparisons > 200 million.
  expect(15_000 * 14_000).toBeGreaterThan(MATCH_WORK_LIMIT);
  // (Thousands are grouped with no-break spaces, as ru-RU writes them.)
  const why = matchTooBig(schoolOf(15_000, 14_000))?.replace(/\u00a0/g, " ");
  expect(why).toBe(
    "Подбор не выполнен: 15 000 наставляемых без пары и 14 000 наставников — это 210 000 000 сравнений, больше предела (200 000 000). Подберите наставников по частям: отдельно по параллелям, предметам или кафедрам.",
  );
});
