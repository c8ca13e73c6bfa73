/**
 * The draft's edits checked before writing: a mentor picked more often than its free places is
 * flagged; choices made from an earlier read are found again in a fresh one and refused, with
 * every reason in Russian, when the workbook changed under them.
 */
import { MatchError } from "../../src/domain/matching/asOf";
import {
  DraftCheckError,
  overbooked,
  overbookingText,
  recheckChoices,
} from "../../src/domain/matching/draftCheck";
import type { Choice } from "../../src/domain/matching/draftRows";
import { matchPool } from "../../src/domain/matching/pool";
import { ABSENT, mentee, mentor, pair, type SchoolData } from "../domain/builders";
import { evaluate } from "../domain/evaluate";

describe("overbooked", () => {
  it("counts the picks per mentor against its free places; «не назначать» takes none", () => {
    const free = [1, 3, 0];
    expect(overbooked([0, 1, 1, null, 1], free).size).toBe(0);
    const over = overbooked([0, 0, 1, null, 0, 1], free);
    expect([...over.values()]).toEqual([{ mentor: 0, chosen: 3, free: 1 }]);
    expect(overbooked([2], free).get(2)).toEqual({ mentor: 2, chosen: 1, free: 0 });
    expect(overbooked([], free).size).toBe(0);
  });

  it("says it in Russian with the agreement of the number", () => {
    expect(overbookingText({ mentor: 0, chosen: 4, free: 3 })).toBe(
      "выбран для 4 наставляемых, а свободно мест: 3",
    );
    expect(overbookingText({ mentor: 0, chosen: 1, free: 0 })).toBe(
      "выбран для 1 наставляемого, а свободно мест: 0",
    );
  });
});

const PETROVA = "Петрова Мария Ивановна";
const SOKOLOV = "Соколов Андрей Петрович";
const TITOVA = "Титова Анна Сергеевна";
const LEBEDEV = "Лебедев Олег Игоревич";
const ORLOVA = "Орлова Нина Сергеевна";

const data: SchoolData = {
  settings: { "Наставляемых на одного наставника не более": 2 },
  mentors: [mentor(PETROVA), mentor(SOKOLOV, { "Предмет / направление": "Русский язык" })],
  mentees: [mentee(TITOVA), mentee(LEBEDEV), mentee(ORLOVA)],
  pairs: [],
};

/** The choices of a draft made on `data`: every mentee with the named mentor. */
function choicesOn(d: SchoolData, picks: Record<string, string>): Choice[] {
  const pool = matchPool(evaluate(d).analysis);
  return Object.entries(picks).map(([menteeName, mentorName]) => ({
    mentee: pool.mentees.find((m) => m.name === menteeName)!,
    mentor: pool.mentors.find((m) => m.name === mentorName)!,
  }));
}

describe("recheckChoices", () => {
  it("gives the same people of the fresh read when nothing changed", () => {
    const choices = choicesOn(data, { [TITOVA]: SOKOLOV, [LEBEDEV]: PETROVA });
    const fresh = evaluate(data);
    const out = recheckChoices(fresh, choices);
    expect(out.map((c) => [c.mentee.name, c.mentor.name])).toEqual([
      [TITOVA, SOKOLOV],
      [LEBEDEV, PETROVA],
    ]);
    // The records are the fresh read's, so draftRows numbers and places them from it.
    expect(out[0].mentee).toBe(fresh.wb.mentees.find((m) => m.name === TITOVA));
  });

  it("refuses a mentor chosen for more mentees than its free places", () => {
    const choices = choicesOn(data, { [TITOVA]: SOKOLOV, [LEBEDEV]: SOKOLOV, [ORLOVA]: SOKOLOV });
    expect(() => recheckChoices(evaluate(data), choices)).toThrow(DraftCheckError);
    expect(() => recheckChoices(evaluate(data), choices)).toThrow(
      `наставник «${SOKOLOV}» выбран для 3 наставляемых, а свободно мест: 2`,
    );
  });

  it("names what changed since the draft: a pair typed in, a consent withdrawn, a mentor removed", () => {
    const choices = choicesOn(data, { [TITOVA]: PETROVA, [LEBEDEV]: PETROVA, [ORLOVA]: SOKOLOV });
    const changed: SchoolData = {
      ...data,
      mentors: [mentor(PETROVA, { Согласие: "нет" })],
      pairs: [pair("1", PETROVA, TITOVA)],
    };
    let message = "";
    try {
      recheckChoices(evaluate(changed), choices);
    } catch (e) {
      expect(e).toBeInstanceOf(DraftCheckError);
      message = (e as Error).message;
    }
    expect(message).toContain(`«${TITOVA}» больше не ждёт наставника`);
    expect(message).toContain(
      `«${PETROVA}» не может стать наставником «${LEBEDEV}»: нет письменного согласия наставника`,
    );
    expect(message).toContain(`наставника «${SOKOLOV}» нет на листе «Наставники»`);
    expect(message).toMatch(/нажмите «Обновить»/);
  });

  it("needs the as-of date, like the rest of «Подбор»", () => {
    const choices = choicesOn(data, { [TITOVA]: SOKOLOV });
    expect(() => recheckChoices(evaluate({ ...data, info: { "Отчётная дата": ABSENT } }), choices)).toThrow(
      MatchError,
    );
  });
});
