/** «Пары»: P001–P015 (rules.md, "Pairs"). */
import type { Analysis, PairFacts } from "../analysis/analysis";
import type { MenteeCategory, MentorCategory, PairForm } from "../template/enums";
import { ONE_TO_ONE, SHORT_KINDS } from "../template/enums";
import { activeLoads } from "../kpi/mentors";
import { addMonths, ruDateOf } from "../values/dates";
import { atCell, defineRule, q, type Finding } from "./define";

const at = (a: Analysis, f: PairFacts, key: string) => atCell(a, "pairs", f.pair.src, key);

/** «Петров Сергей Николаевич», «Петров Семён Натанович» — the persons a short name fits. */
const namesOf = (people: readonly { name: string | undefined }[]) =>
  people
    .slice(0, 3)
    .map((p) => q(p.name))
    .join(", ") + (people.length > 3 ? " и другие" : "");

export const unknownMentor = defineRule("P001", "error", "Пары", "Наставник не найден", (a) =>
  a.pairs
    .filter((f) => f.pair.mentorKey !== undefined && !f.mentor)
    .map((f) => ({
      at: at(a, f, "mentor"),
      message:
        f.mentorCandidates.length > 1
          ? `Наставник ${q(f.pair.mentorName)} не определён: так можно назвать несколько лиц на листе «Наставники» (${namesOf(f.mentorCandidates)}). Укажите ФИО полностью.`
          : `Наставник ${q(f.pair.mentorName)} не найден на листе «Наставники». Проверьте написание ФИО или добавьте наставника.`,
    })),
);

export const unknownMentee = defineRule("P002", "error", "Пары", "Наставляемый не найден", (a) =>
  a.pairs
    .filter((f) => f.pair.menteeKey !== undefined && !f.mentee)
    .map((f) => ({
      at: at(a, f, "mentee"),
      message:
        f.menteeCandidates.length > 1
          ? `Наставляемый ${q(f.pair.menteeName)} не определён: так можно назвать несколько лиц на листе «Наставляемые» (${namesOf(f.menteeCandidates)}). Укажите ФИО полностью.`
          : `Наставляемый ${q(f.pair.menteeName)} не найден на листе «Наставляемые». Проверьте написание ФИО или добавьте его в список.`,
    })),
);

export const samePerson = defineRule(
  "P003",
  "error",
  "Пары",
  "Наставник и наставляемый — один человек",
  (a) =>
    a.pairs
      .filter((f) => f.mentorKey !== undefined && f.mentorKey === f.menteeKey)
      .map((f) => ({
        at: at(a, f, "mentee"),
        message: `${q(f.pair.menteeName)} указан и наставником, и наставляемым в одной паре. Исправьте одно из ФИО.`,
      })),
);

const END_DATES = [
  ["plannedEnd", "Дата окончания (план)"],
  ["actualEnd", "Дата окончания (факт)"],
] as const;

export const endBeforeStart = defineRule("P004", "error", "Пары", "Окончание раньше начала", (a) => {
  const out: Finding[] = [];
  for (const f of a.pairs) {
    const start = f.pair.start;
    if (start === undefined) continue;
    for (const [key, label] of END_DATES) {
      const end = f.pair[key];
      if (end === undefined || end >= start) continue;
      out.push({
        at: at(a, f, key),
        message: `«${label}» ${ruDateOf(end)} раньше даты начала ${ruDateOf(start)}. Исправьте одну из дат.`,
      });
    }
  }
  return out;
});

export const programLength = defineRule("P005", "warning", "Пары", "Срок программы вне допустимого", (a) => {
  const { minProgramMonths: min, maxProgramMonths: max } = a.settings;
  const out: Finding[] = [];
  for (const f of a.pairs) {
    const { start, plannedEnd, kind } = f.pair;
    if (start === undefined || plannedEnd === undefined || plannedEnd < start) continue;
    // Short kinds are short by definition («однократная встреча»): no lower bound for them.
    const tooShort = !(kind !== undefined && SHORT_KINDS.has(kind)) && plannedEnd < addMonths(start, min);
    const tooLong = plannedEnd > addMonths(start, max);
    if (!tooShort && !tooLong) continue;
    out.push({
      at: at(a, f, "plannedEnd"),
      message: `Плановый срок с ${ruDateOf(start)} по ${ruDateOf(plannedEnd)} ${tooShort ? `короче ${min}` : `длиннее ${max}`} мес. Проверьте даты или настройку срока программы.`,
    });
  }
  return out;
});

export const statusVsDates = defineRule("P006", "warning", "Пары", "Статус противоречит датам", (a) => {
  const D = ruDateOf(a.asOf);
  const out: Finding[] = [];
  for (const f of a.pairs) {
    const { status, start, actualEnd } = f.pair;
    let why: string | null = null;
    if (status === "Действует" && actualEnd !== undefined && actualEnd <= a.asOf)
      why = `статус «Действует», но пара окончена ${ruDateOf(actualEnd)}. Смените статус на «Завершена» или «Прекращена».`;
    else if ((status === "Завершена" || status === "Прекращена") && actualEnd === undefined)
      why = `статус «${status}», но не указана «Дата окончания (факт)». Укажите дату окончания.`;
    else if (status === "Планируется" && start !== undefined && start < a.asOf)
      why = `статус «Планируется», но дата начала ${ruDateOf(start)} уже прошла (отчётная дата ${D}). Смените статус на «Действует» или перенесите начало.`;
    else if ((status === "Действует" || status === "Приостановлена") && start !== undefined && start > a.asOf)
      why = `статус «${status}», но пара начнётся только ${ruDateOf(start)}. Смените статус на «Планируется».`;
    else if (status === "Приостановлена" && actualEnd !== undefined)
      why = `статус «Приостановлена», но указана «Дата окончания (факт)» ${ruDateOf(actualEnd)}. Смените статус на «Завершена» или «Прекращена» либо уберите дату окончания.`;
    if (why) out.push({ at: at(a, f, "status"), message: `Пара № ${f.pair.no ?? "—"}: ${why}` });
  }
  return out;
});

export const terminatedWithoutReason = defineRule(
  "P007",
  "error",
  "Пары",
  "Не указана причина прекращения",
  (a) =>
    a.pairs
      .filter(
        (f) =>
          f.pair.status === "Прекращена" &&
          f.pair.reason === undefined &&
          f.pair.src.read("reason")?.state !== "bad", // an unknown reason is F003
      )
      .map((f) => ({
        at: at(a, f, "reason"),
        message: `Пара № ${f.pair.no ?? "—"} прекращена, но не указана «Причина прекращения». Выберите причину из списка.`,
      })),
);

export const withoutOrder = defineRule(
  "P008",
  "warning",
  "Пары",
  "Действующая пара не закреплена приказом",
  (a) =>
    a.active
      .filter((f) => f.pair.orderNo === undefined || f.pair.orderDate === undefined)
      .map((f) => {
        const noNumber = f.pair.orderNo === undefined;
        return {
          at: at(a, f, noNumber ? "orderNo" : "orderDate"),
          message: `Действующая пара № ${f.pair.no ?? "—"} не закреплена приказом: ${noNumber ? "не указан номер приказа («Приказ №»)" : "не указана дата приказа («Приказ от»)"}. Укажите номер и дату приказа.`,
        };
      }),
);

export const mentorWithoutConsent = defineRule(
  "P009",
  "error",
  "Пары",
  "Наставник без письменного согласия",
  (a) =>
    a.active
      .filter((f) => f.mentor!.consent !== true)
      .map((f) => ({
        at: at(a, f, "mentor"),
        message: `Наставник ${q(f.pair.mentorName)} не дал письменного согласия (лист «Наставники», строка ${f.mentor!.row}), а пара действует. Получите согласие и отметьте «да» или приостановите пару.`,
      })),
);

export const twoMentorsOneToOne = defineRule(
  "P010",
  "warning",
  "Пары",
  "У наставляемого два наставника один на один",
  (a) => {
    // A mentee is flagged when a second, different mentor appears among their one-to-one rows:
    // remembering each mentee's first mentor is enough (no list or set per mentee).
    const firstMentor = new Map<string, string>();
    const twoMentors = new Set<string>();
    for (const f of a.active) {
      if (f.pair.kind !== ONE_TO_ONE) continue;
      const mentee = f.mentee!.key!;
      const mentor = f.mentor!.key!;
      const first = firstMentor.get(mentee);
      if (first === undefined) firstMentor.set(mentee, mentor);
      else if (first !== mentor) twoMentors.add(mentee);
    }
    return a.active
      .filter((f) => f.pair.kind === ONE_TO_ONE && twoMentors.has(f.mentee!.key!))
      .map((f) => ({
        at: at(a, f, "mentor"),
        message: `У наставляемого ${q(f.pair.menteeName)} несколько наставников в традиционной форме «один на один». Оставьте одного или смените вид наставничества.`,
      }));
  },
);

export const mentorOverloaded = defineRule("P011", "warning", "Пары", "Наставник перегружен", (a) => {
  const limit = a.settings.maxMenteesPerMentor;
  const out: Finding[] = [];
  // The loads of the KPI «Нагрузка наставников» (per mentor, in order of the first active row).
  for (const [mentor, mentees] of activeLoads(a)) {
    if (mentees.size <= limit) continue;
    const f = a.active.find((p) => p.mentor === mentor)!;
    out.push({
      at: at(a, f, "mentor"),
      message: `У наставника ${q(f.pair.mentorName)} ${mentees.size} действующих наставляемых при допустимых ${limit}. Перераспределите наставляемых или измените настройку.`,
    });
  }
  return out;
});

export const groupWithTwoMentors = defineRule(
  "P012",
  "error",
  "Пары",
  "В одной группе несколько наставников",
  (a) => {
    // As P010: a group is flagged when a named mentor differs from its first named mentor.
    const firstMentor = new Map<string, string>();
    const twoMentors = new Set<string>();
    for (const f of a.pairs) {
      const { no } = f.pair;
      const mentorKey = f.mentorKey;
      if (no === undefined || mentorKey === undefined) continue;
      const first = firstMentor.get(no);
      if (first === undefined) firstMentor.set(no, mentorKey);
      else if (first !== mentorKey) twoMentors.add(no);
    }
    return a.pairs
      .filter((f) => f.pair.no !== undefined && twoMentors.has(f.pair.no))
      .map((f) => ({
        at: at(a, f, "mentor"),
        message: `В паре/группе № ${f.pair.no} указаны разные наставники, а у группы наставник один. Исправьте наставника или дайте строкам разные номера.`,
      }));
  },
);

const TEACHING_MENTORS: readonly MentorCategory[] = ["Педагог", "Руководитель ОО", "Педагог вуза/колледжа"];

export interface FormRequirements {
  readonly mentor?: readonly MentorCategory[];
  readonly mentee?: readonly MenteeCategory[];
}

const requirementsOfForm = new Map<PairForm, FormRequirements>();

/** What a form requires of the mentor's and the mentee's category (rules.md P013). */
export function formRequirements(form: PairForm): FormRequirements {
  // Asked for every «Пары» row of every file; there are only a few forms.
  let need = requirementsOfForm.get(form);
  if (need === undefined) {
    need = requirementsOf(form);
    requirementsOfForm.set(form, need);
  }
  return need;
}

function requirementsOf(form: PairForm): FormRequirements {
  const [left, right] = form.split(" – ");
  let mentor: readonly MentorCategory[] | undefined;
  if (/^(Учитель|Руководитель|Педагог)/.test(left)) mentor = TEACHING_MENTORS;
  else if (left === "Ученик") mentor = ["Обучающийся"];
  else if (left === "Студент") mentor = ["Студент"];
  else if (left === "Работодатель") mentor = ["Представитель работодателя"];
  let mentee: readonly MenteeCategory[] | undefined;
  if (right === "ученик") mentee = ["Обучающийся"];
  else if (right === "студент") mentee = ["Студент"];
  else if (right === "педагог" || right === "учитель" || right === "молодой педагог") mentee = ["Педагог"];
  return { mentor, mentee };
}

export const formMismatch = defineRule(
  "P013",
  "warning",
  "Пары",
  "Форма не соответствует категориям участников",
  (a) => {
    const out: Finding[] = [];
    for (const f of a.pairs) {
      if (f.pair.form === undefined) continue;
      const need = formRequirements(f.pair.form);
      const mc = f.mentor?.category;
      const ec = f.mentee?.category;
      const mentorWrong = need.mentor !== undefined && mc !== undefined && !need.mentor.includes(mc);
      const menteeWrong = need.mentee !== undefined && ec !== undefined && !need.mentee.includes(ec);
      if (!mentorWrong && !menteeWrong) continue;
      const problems: string[] = [];
      if (mentorWrong) problems.push(`наставник — ${q(mc)}, нужно: ${need.mentor!.join(" / ")}`);
      if (menteeWrong) problems.push(`наставляемый — ${q(ec)}, нужно: ${need.mentee!.join(" / ")}`);
      out.push({
        at: at(a, f, "form"),
        message: `Форма ${q(f.pair.form)} не подходит участникам: ${problems.join("; ")}. Исправьте форму или категории.`,
      });
    }
    return out;
  },
);

export const duplicatePair = defineRule("P014", "error", "Пары", "Пара записана дважды", (a) => {
  // The rows kept so far, by mentee: the few rows of one mentee are compared directly, rather
  // than building and hashing a mentor + mentee + start key string for every row.
  const byMentee = new Map<string, PairFacts[]>();
  const out: Finding[] = [];
  for (const f of a.pairs) {
    const { mentorKey, menteeKey } = f;
    const start = f.pair.start;
    if (mentorKey === undefined || menteeKey === undefined || start === undefined) continue;
    const kept = byMentee.get(menteeKey);
    const first = kept?.find((k) => k.mentorKey === mentorKey && k.pair.start === start);
    if (!first) {
      if (kept) kept.push(f);
      else byMentee.set(menteeKey, [f]);
      continue;
    }
    out.push({
      at: at(a, f, "mentee"),
      message: `Пара ${q(f.pair.mentorName)} → ${q(f.pair.menteeName)} с началом ${ruDateOf(start)} уже записана в строке ${first.pair.row}. Удалите повтор.`,
    });
  }
  return out;
});

export const orderAfterStart = defineRule(
  "P015",
  "warning",
  "Пары",
  "Приказ издан позже начала пары",
  (a) => {
    const out: Finding[] = [];
    for (const f of a.pairs) {
      const { orderDate, start } = f.pair;
      if (orderDate === undefined || start === undefined || orderDate <= start) continue;
      out.push({
        at: at(a, f, "orderDate"),
        message: `Приказ от ${ruDateOf(orderDate)} издан позже начала пары ${ruDateOf(start)}. Проверьте дату приказа или дату начала.`,
      });
    }
    return out;
  },
);
