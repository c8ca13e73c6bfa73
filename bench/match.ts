/**
 * bench/match — «Подбор» on synthetic pools built in memory: a school of 300 mentees and 150
 * mentors, and a region-size pool of 20,000 × 10,000 on one municipality's list. Prints the time
 * of the suggestions and of the optimal assignment, the sparse graph's size, the pricing that
 * certifies it on the full graph, and memory. A crowded medium pool is also solved dense (every
 * allowed edge) to show the sparse optimum is the same. Asserts nothing.
 */
import { evaluateWorkbook } from "../src/domain/engine";
import { rawDate, type RawCell, type SheetGrid, type WorkbookGrid } from "../src/domain/grid";
import { assignAll, type Assignment } from "../src/domain/matching/assign";
import { matchPool } from "../src/domain/matching/pool";
import { suggest } from "../src/domain/matching/suggest";
import { infoSheet } from "../src/domain/template/keyValue";
import { listSheet } from "../src/domain/template/sheets";
import { prng } from "./synthetic";

const SURNAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
];
const NAMES = [
  "Анна",
  "Мария",
  "Елена",
  "Ольга",
  "Ирина",
  "Сергей",
  "Андрей",
  "Дмитрий",
  "Наталья",
  "Павел",
  "Татьяна",
  "Юлия",
  "Алексей",
  "Игорь",
  "Светлана",
  "Олег",
  "Марина",
  "Виктор",
  "Галина",
  "Роман",
];
const PATRONYMICS = [
  "Петрович",
  "Ивановна",
  "Сергеевна",
  "Андреевич",
  "Николаевна",
  "Викторович",
  "Олегович",
  "Павловна",
  "Юрьевна",
  "Ильич",
  "Романович",
  "Алексеевна",
  "Дмитриевич",
  "Игоревна",
  "Борисович",
  "Геннадьевна",
  "Львович",
  "Фёдоровна",
  "Степанович",
  "Максимовна",
];
const SUBJECTS = [
  "Математика",
  "Физика",
  "Русский язык",
  "Литература",
  "История",
  "Обществознание",
  "Химия",
  "Биология",
  "География",
  "Английский язык",
  "Информатика",
  "Начальные классы",
  "Физическая культура",
  "Музыка",
  "Технология",
];

/** Distinct full names for up to 160,000 people: a double-barrelled surname past the first 8,000. */
function fio(k: number): string {
  const s = SURNAMES[k % 20] + (k >= 8000 ? `-${SURNAMES[Math.floor(k / 8000) % 20]}` : "");
  return `${s} ${NAMES[Math.floor(k / 20) % 20]} ${PATRONYMICS[Math.floor(k / 400) % 20]}`;
}

const sheet = (name: string, header: readonly string[], rows: RawCell[][]): SheetGrid => ({
  name,
  firstRow: 1,
  firstCol: 1,
  rows: [header.slice(), ...rows],
});

/**
 * One pool. Mentors already carry 0 … maxLoad − 1 active mentees (fillers) under the limit of 3:
 * with maxLoad 2 there are about 10% more free places than mentees waiting, with 3 about 10% fewer
 * — the crowded case, where the assignment has to choose who goes without.
 */
export function pool(mentees: number, mentors: number, seed: number, maxLoad = 2): WorkbookGrid {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const mentorRows: RawCell[][] = [];
  const menteeRows: RawCell[][] = [];
  const pairRows: RawCell[][] = [];
  let k = 0;
  for (let j = 0; j < mentors; j++) {
    const name = fio(k++);
    const c = rnd();
    const category =
      c < 0.8
        ? "Педагог"
        : c < 0.9
          ? "Руководитель ОО"
          : c < 0.93
            ? "Педагог вуза/колледжа"
            : c < 0.98
              ? "Обучающийся"
              : "Иное";
    const student = category === "Обучающийся";
    mentorRows.push([
      name,
      category,
      student ? "10А" : "Учитель",
      student ? null : pick(SUBJECTS),
      student ? null : Math.floor(3 + rnd() * 37),
      student
        ? null
        : pick(["Высшая", "Высшая", "Первая", "Соответствие занимаемой должности", "Без категории"]),
      rnd() < 0.9 ? "да" : "нет",
      rnd() < 0.5 ? "да" : "нет",
      "нет",
      null,
    ]);
    for (let f = Math.floor(rnd() * maxLoad); f > 0; f--) {
      const filler = fio(k++);
      menteeRows.push([filler, "Педагог", "Учитель", pick(SUBJECTS), 2, 25, "да", null, null, null]);
      pairRows.push([
        String(pairRows.length + 1),
        name,
        filler,
        "Учитель – учитель",
        "Традиционное (один на один)",
        rawDate("2024-09-02"),
        rawDate("2025-05-30"),
        null,
        "Действует",
        null,
        "1-о",
        rawDate("2024-08-30"),
        "да",
        null,
        null,
        null,
      ]);
    }
  }
  for (let i = 0; i < mentees; i++) {
    const c = rnd();
    const category = c < 0.7 ? "Педагог" : c < 0.95 ? "Обучающийся" : "Студент";
    const teacher = category === "Педагог";
    menteeRows.push([
      fio(k++),
      category,
      teacher ? "Учитель" : "8Б",
      teacher || rnd() < 0.3 ? pick(SUBJECTS) : null,
      teacher ? Math.floor(rnd() * 8) : null,
      teacher ? 22 + Math.floor(rnd() * 10) : 14,
      null,
      null,
      null,
      null,
    ]);
  }
  const cols = (id: "mentors" | "mentees" | "pairs" | "plan") => listSheet(id).columns.map((c) => c.header);
  return {
    date1904: false,
    sheets: [
      sheet(
        infoSheet.name,
        [infoSheet.labelHeader, infoSheet.valueHeader],
        [
          ["Код ОО", "МО-1"],
          ["Наименование ОО", "Синтетический муниципалитет"],
          ["Муниципалитет", "Синтетический район"],
          ["Учебный год", "2024/2025"],
          ["Отчётная дата", rawDate("2024-12-20")],
          ["Численность педагогических работников", mentors + mentees],
        ],
      ),
      sheet("Наставники", cols("mentors"), mentorRows),
      sheet("Наставляемые", cols("mentees"), menteeRows),
      sheet("Пары", cols("pairs"), pairRows),
      sheet("План", cols("plan"), []),
    ],
  };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} МБ`;

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

function objective(a: Assignment) {
  return {
    young: a.unassigned.filter((u) => u.young).length,
    others: a.unassigned.filter((u) => !u.young).length,
    score: a.pairs.reduce((t, p) => t + p.score, 0),
  };
}

function run(label: string, mentees: number, mentors: number, maxLoad: number): void {
  const r = evaluateWorkbook(pool(mentees, mentors, mentees + mentors, maxLoad));
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const [suggestions, tSuggest] = timed(() => suggest(r));
  const [a, tAssign] = timed(() => assignAll(r));
  const heap1 = process.memoryUsage().heapUsed;
  const o = objective(a);
  const st = a.stats;
  const waiting = matchPool(r.analysis);
  const places = waiting.free.reduce((t, f, j) => t + (waiting.mentors[j].consent === true ? f : 0), 0);
  console.log(
    `${label}: ${suggestions.length} ждут × ${r.analysis.mentors.length} наставников, свободных мест у давших согласие ${places}\n` +
      `  подбор (по 3 на каждого): ${tSuggest.toFixed(0)} мс\n` +
      `  распределение: ${tAssign.toFixed(0)} мс — подобрано ${a.pairs.length}, без наставника ${o.young} молодых + ${o.others} прочих, сумма баллов ${o.score.toFixed(3)}\n` +
      `  граф: ${st.edges} рёбер (полный — ${suggestions.length * r.analysis.mentors.length}); проверка по всему графу: ${st.rounds} доп. раундов, +${st.added} рёбер, ` +
      `оценено ${st.priced} пар; узлов в поисках ${st.settled}\n` +
      `  память: куча +${mb(heap1 - heap0)} (до — ${mb(heap0)}), пик RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

console.log(
  "bench/match: «Подбор» — предложения и оптимальное распределение (K = 20 лучших + 20 на наставника + 10 случайных, проверка двойственностью)",
);
run("ОО", 300, 150, 2);
run("регион, один список МО", 20_000, 10_000, 2);

// Sparse vs dense on a crowded medium pool: the same optimum from a fraction of the edges.
{
  const r = evaluateWorkbook(pool(1000, 500, 42, 3));
  const [sparse, tSparse] = timed(() => assignAll(r));
  const [dense, tDense] = timed(() => assignAll(r, { k: 1_000_000 }));
  const a = objective(sparse);
  const b = objective(dense);
  const same = a.young === b.young && a.others === b.others && Math.abs(a.score - b.score) < 1e-9;
  console.log(
    `1000 × 500, мест меньше, чем ждущих: K = 20 — ${tSparse.toFixed(0)} мс, ${sparse.stats.edges} рёбер; все рёбра — ${tDense.toFixed(0)} мс, ` +
      `${dense.stats.edges} рёбер; оптимум ${same ? "тот же" : "РАЗНЫЙ"} (${a.score.toFixed(6)} и ${b.score.toFixed(6)}, без наставника ${a.others} и ${b.others})`,
  );
}
