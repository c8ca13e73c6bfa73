/** «Пары»: P001–P015 (rules.md, "Pairs"). */
import type { Analysis, PairFacts } from "../analysis/analysis";
import type { MenteeCategory, MentorCategory, PairForm } from "../template/enums";
import { ONE_TO_ONE } from "../template/enums";
import { addMonths, ruDateOf } from "../values/dates";
import { atCell, defineRule, q, type Finding } from "./define";

const at = (a: Analysis, f: PairFacts, key: string) => atCell(a, "pairs", f.pair.src, key);

export const unknownMentor = defineRule("P001", "error", "Пары", "Наставник не найден", function* (a) {
  for (const f of a.pairs) {
    if (f.pair.mentorKey === undefined || f.mentor) continue;
    yield {
      at: at(a, f, "mentor"),
      message: `Наставник ${q(f.pair.mentorName)} не найден на листе «Наставники». Проверьте написание ФИО или добавьте наставника.`,
    };
  }
});

export const unknownMentee = defineRule("P002", "error", "Пары", "Наставляемый не найден", function* (a) {
  for (const f of a.pairs) {
    if (f.pair.menteeKey === undefined || f.mentee) continue;
    yield {
      at: at(a, f, "mentee"),
      message: `Наставляемый ${q(f.pair.menteeName)} не найден на листе «Наставляемые». Проверьте написание ФИО или добавьте его в список.`,
    };
  }
});

export const samePerson = defineRule(
  "P003",
  "error",
  "Пары",
  "Наставник и наставляемый — один человек",
  function* (a) {
    for (const f of a.pairs) {
      if (f.pair.mentorKey === undefined || f.pair.mentorKey !== f.pair.menteeKey) continue;
      yield {
        at: at(a, f, "mentee"),
        message: `${q(f.pair.menteeName)} указан и наставником, и наставляемым в одной паре. Исправьте одно из ФИО.`,
      };
    }
  },
);

export const endBeforeStart = defineRule("P004", "error", "Пары", "Окончание раньше начала", function* (a) {
  for (const f of a.pairs) {
    const { start, plannedEnd, actualEnd } = f.pair;
    if (start === undefined) continue;
    for (const [key, end, label] of [
      ["plannedEnd", plannedEnd, "Дата окончания (план)"],
      ["actualEnd", actualEnd, "Дата окончания (факт)"],
    ] as const) {
      if (end === undefined || end >= start) continue;
      yield {
        at: at(a, f, key),
        message: `«${label}» ${ruDateOf(end)} раньше даты начала ${ruDateOf(start)}. Исправьте одну из дат.`,
      };
    }
  }
});

export const programLength = defineRule(
  "P005",
  "warning",
  "Пары",
  "Срок программы вне допустимого",
  function* (a) {
    const { minProgramMonths: min, maxProgramMonths: max } = a.settings;
    for (const f of a.pairs) {
      const { start, plannedEnd } = f.pair;
      if (start === undefined || plannedEnd === undefined || plannedEnd < start) continue;
      const tooShort = plannedEnd < addMonths(start, min);
      const tooLong = plannedEnd > addMonths(start, max);
      if (!tooShort && !tooLong) continue;
      yield {
        at: at(a, f, "plannedEnd"),
        message: `Плановый срок с ${ruDateOf(start)} по ${ruDateOf(plannedEnd)} ${tooShort ? `короче ${min}` : `длиннее ${max}`} мес. Проверьте даты или настройку срока программы.`,
      };
    }
  },
);

export const statusVsDates = defineRule(
  "P006",
  "warning",
  "Пары",
  "Статус противоречит датам",
  function* (a) {
    const D = ruDateOf(a.asOf);
    for (const f of a.pairs) {
      const { status, start, actualEnd } = f.pair;
      let why: string | null = null;
      if (status === "Действует" && actualEnd !== undefined && actualEnd <= a.asOf)
        why = `статус «Действует», но пара окончена ${ruDateOf(actualEnd)}. Смените статус на «Завершена» или «Прекращена».`;
      else if ((status === "Завершена" || status === "Прекращена") && actualEnd === undefined)
        why = `статус «${status}», но не указана «Дата окончания (факт)». Укажите дату окончания.`;
      else if (status === "Планируется" && start !== undefined && start < a.asOf)
        why = `статус «Планируется», но дата начала ${ruDateOf(start)} уже прошла (отчётная дата ${D}). Смените статус на «Действует» или перенесите начало.`;
      else if (status === "Действует" && start !== undefined && start > a.asOf)
        why = `статус «Действует», но пара начнётся только ${ruDateOf(start)}. Смените статус на «Планируется».`;
      if (why) yield { at: at(a, f, "status"), message: `Пара № ${f.pair.no ?? "—"}: ${why}` };
    }
  },
);

export const terminatedWithoutReason = defineRule(
  "P007",
  "error",
  "Пары",
  "Не указана причина прекращения",
  function* (a) {
    for (const f of a.pairs) {
      if (f.pair.status !== "Прекращена" || f.pair.reason !== undefined) continue;
      if (f.pair.src.cells["reason"]?.read.state === "bad") continue; // an unknown reason is F003
      yield {
        at: at(a, f, "reason"),
        message: `Пара № ${f.pair.no ?? "—"} прекращена, но не указана «Причина прекращения». Выберите причину из списка.`,
      };
    }
  },
);

export const withoutOrder = defineRule(
  "P008",
  "warning",
  "Пары",
  "Действующая пара не закреплена приказом",
  function* (a) {
    for (const f of a.active) {
      const noNumber = f.pair.orderNo === undefined;
      if (!noNumber && f.pair.orderDate !== undefined) continue;
      yield {
        at: at(a, f, noNumber ? "orderNo" : "orderDate"),
        message: `Действующая пара № ${f.pair.no ?? "—"} не закреплена приказом: ${noNumber ? "не указан номер приказа («Приказ №»)" : "не указана дата приказа («Приказ от»)"}. Укажите номер и дату приказа.`,
      };
    }
  },
);

export const mentorWithoutConsent = defineRule(
  "P009",
  "error",
  "Пары",
  "Наставник без письменного согласия",
  function* (a) {
    for (const f of a.active) {
      if (f.mentor!.consent === true) continue;
      yield {
        at: at(a, f, "mentor"),
        message: `Наставник ${q(f.pair.mentorName)} не дал письменного согласия (лист «Наставники», строка ${f.mentor!.row}), а пара действует. Получите согласие и отметьте «да» или приостановите пару.`,
      };
    }
  },
);

export const twoMentorsOneToOne = defineRule(
  "P010",
  "warning",
  "Пары",
  "У наставляемого два наставника один на один",
  function* (a) {
    const byMentee = new Map<string, PairFacts[]>();
    for (const f of a.active) {
      if (f.pair.kind !== ONE_TO_ONE) continue;
      const list = byMentee.get(f.mentee!.key!) ?? [];
      list.push(f);
      byMentee.set(f.mentee!.key!, list);
    }
    const flagged = new Set<PairFacts>();
    for (const list of byMentee.values()) {
      if (new Set(list.map((f) => f.mentor!.key)).size >= 2) list.forEach((f) => flagged.add(f));
    }
    for (const f of a.active) {
      if (!flagged.has(f)) continue;
      yield {
        at: at(a, f, "mentor"),
        message: `У наставляемого ${q(f.pair.menteeName)} несколько наставников в традиционной форме «один на один». Оставьте одного или смените вид наставничества.`,
      };
    }
  },
);

export const mentorOverloaded = defineRule("P011", "warning", "Пары", "Наставник перегружен", function* (a) {
  const limit = a.settings.maxMenteesPerMentor;
  const mentees = new Map<string, Set<string>>();
  const firstRow = new Map<string, PairFacts>();
  for (const f of a.active) {
    const k = f.mentor!.key!;
    if (!firstRow.has(k)) firstRow.set(k, f);
    const set = mentees.get(k) ?? new Set<string>();
    set.add(f.mentee!.key!);
    mentees.set(k, set);
  }
  for (const [k, set] of mentees) {
    if (set.size <= limit) continue;
    const f = firstRow.get(k)!;
    yield {
      at: at(a, f, "mentor"),
      message: `У наставника ${q(f.pair.mentorName)} ${set.size} действующих наставляемых при допустимых ${limit}. Перераспределите наставляемых или измените настройку.`,
    };
  }
});

export const groupWithTwoMentors = defineRule(
  "P012",
  "error",
  "Пары",
  "В одной группе несколько наставников",
  function* (a) {
    const byNo = new Map<string, PairFacts[]>();
    for (const f of a.pairs) {
      if (f.pair.no === undefined) continue;
      const list = byNo.get(f.pair.no) ?? [];
      list.push(f);
      byNo.set(f.pair.no, list);
    }
    const flagged = new Set<PairFacts>();
    for (const list of byNo.values()) {
      const mentors = new Set(list.map((f) => f.pair.mentorKey).filter((k) => k !== undefined));
      if (mentors.size >= 2) list.forEach((f) => flagged.add(f));
    }
    for (const f of a.pairs) {
      if (!flagged.has(f)) continue;
      yield {
        at: at(a, f, "mentor"),
        message: `В паре/группе № ${f.pair.no} указаны разные наставники, а у группы наставник один. Исправьте наставника или дайте строкам разные номера.`,
      };
    }
  },
);

const TEACHING_MENTORS: readonly MentorCategory[] = ["Педагог", "Руководитель ОО", "Педагог вуза/колледжа"];

/** What a form requires of the mentor's and the mentee's category (rules.md P013). */
export function formRequirements(form: PairForm): {
  mentor?: readonly MentorCategory[];
  mentee?: readonly MenteeCategory[];
} {
  const [left, right] = form.split(" – ");
  let mentor: readonly MentorCategory[] | undefined;
  if (/^(Учитель|Руководитель|Педагог)/.test(left)) mentor = TEACHING_MENTORS;
  else if (left === "Ученик") mentor = ["Обучающийся"];
  else if (left === "Студент") mentor = ["Студент"];
  else if (left === "Работодатель") mentor = ["Представитель работодателя"];
  let mentee: readonly MenteeCategory[] | undefined;
  if (right === "ученик") mentee = ["Обучающийся"];
  else if (right === "педагог" || right === "учитель" || right === "молодой педагог") mentee = ["Педагог"];
  return { mentor, mentee };
}

export const formMismatch = defineRule(
  "P013",
  "warning",
  "Пары",
  "Форма не соответствует категориям участников",
  function* (a) {
    for (const f of a.pairs) {
      if (f.pair.form === undefined) continue;
      const need = formRequirements(f.pair.form);
      const problems: string[] = [];
      const mc = f.mentor?.category;
      const ec = f.mentee?.category;
      if (need.mentor && mc && !need.mentor.includes(mc))
        problems.push(`наставник — ${q(mc)}, нужно: ${need.mentor.join(" / ")}`);
      if (need.mentee && ec && !need.mentee.includes(ec))
        problems.push(`наставляемый — ${q(ec)}, нужно: ${need.mentee.join(" / ")}`);
      if (problems.length === 0) continue;
      const finding: Finding = {
        at: at(a, f, "form"),
        message: `Форма ${q(f.pair.form)} не подходит участникам: ${problems.join("; ")}. Исправьте форму или категории.`,
      };
      yield finding;
    }
  },
);

export const duplicatePair = defineRule("P014", "error", "Пары", "Пара записана дважды", function* (a) {
  const seen = new Map<string, PairFacts>();
  for (const f of a.pairs) {
    const { mentorKey, menteeKey, start } = f.pair;
    if (mentorKey === undefined || menteeKey === undefined || start === undefined) continue;
    const key = `${mentorKey}\u0000${menteeKey}\u0000${start}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, f);
      continue;
    }
    yield {
      at: at(a, f, "mentee"),
      message: `Пара ${q(f.pair.mentorName)} → ${q(f.pair.menteeName)} с началом ${ruDateOf(start)} уже записана в строке ${first.pair.row}. Удалите повтор.`,
    };
  }
});

export const orderAfterStart = defineRule(
  "P015",
  "warning",
  "Пары",
  "Приказ издан позже начала пары",
  function* (a) {
    for (const f of a.pairs) {
      const { orderDate, start } = f.pair;
      if (orderDate === undefined || start === undefined || orderDate <= start) continue;
      yield {
        at: at(a, f, "orderDate"),
        message: `Приказ от ${ruDateOf(orderDate)} издан позже начала пары ${ruDateOf(start)}. Проверьте дату приказа или дату начала.`,
      };
    }
  },
);
