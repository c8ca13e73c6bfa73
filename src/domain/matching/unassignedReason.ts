/** Why «Подобрать всем» left a mentee without a mentor, in Russian, with what to do about it. */
import { menteeCategories } from "../template/enums";
import { exclusionOf, type Exclusion, type Scorer } from "./scorer";

const LIMIT_SETTING = "«Наставляемых на одного наставника не более»";

const exclusionText: Record<Exclusion, string> = {
  consent: "без согласия",
  capacity: "без свободных мест",
  category: "не подходят по категории",
  self: "это сам наставляемый",
  linked: "уже в паре с ним",
};

/** No mentor is allowed at all: says how many are ruled out by which constraint. */
function nobodyAllowed(s: Scorer, i: number): string {
  const mentors = s.pool.mentors.length;
  if (mentors === 0) return "На листе «Наставники» нет ни одного наставника. Добавьте наставников.";
  const counts = new Map<Exclusion, number>();
  for (let j = 0; j < mentors; j++) {
    const why = exclusionOf(s, j, i);
    if (why !== null) counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  const parts = [...counts].map(([why, n]) => `${exclusionText[why]} — ${n}`);
  const category = menteeCategories.values[s.menteeCategory[i]];
  const advice: string[] = [];
  if (counts.has("consent")) advice.push("получите письменное согласие наставников");
  if (counts.has("capacity")) advice.push(`увеличьте ${LIMIT_SETTING}`);
  if (counts.has("category"))
    advice.push(`добавьте наставника, подходящего для категории «${category ?? "не указана"}»`);
  if (advice.length === 0) advice.push("добавьте наставников");
  const either = advice.length > 1 ? `${advice.slice(0, -1).join(", ")} или ${advice.at(-1)}` : advice[0];
  return `Нет подходящего наставника: ${parts.join(", ")}. Чтобы подобрать, ${either}.`;
}

export function unassignedReason(s: Scorer, i: number, allowed: number, youngTookPlaces: boolean): string {
  if (allowed === 0) return nobodyAllowed(s, i);
  const who = youngTookPlaces
    ? "другим наставляемым, прежде всего молодым специалистам"
    : "другим наставляемым";
  return `Все подходящие наставники (${allowed}) заняты: их свободные места отданы ${who}. Добавьте наставников или увеличьте ${LIMIT_SETTING}.`;
}
