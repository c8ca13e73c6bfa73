/** completed: over rows whose effective end lies in [01.09 of Y, D]: num = «Завершена», den = «Завершена» or «Прекращена». */
import { evaluate, kpis } from "../evaluate";
import { mentee, mentor, pair, rawDate, type Rec } from "../builders";
import { M, N } from "./people";

const since = {
  "Дата начала": rawDate("2024-01-15"),
  "Дата окончания (план)": rawDate("2024-12-15"),
  "Приказ от": rawDate("2024-01-10"),
};
const rows: [string, Rec][] = [
  [
    "«Завершена» 31.08.2024 — before the window",
    { ...since, Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-08-31") },
  ],
  [
    "«Завершена» 01.09.2024 — first day: counted",
    { ...since, Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-09-01") },
  ],
  [
    "«Прекращена» on D — counted in den",
    {
      ...since,
      Статус: "Прекращена",
      "Причина прекращения": "По инициативе наставляемого",
      "Дата окончания (факт)": rawDate("2024-12-20"),
    },
  ],
  [
    "«Завершена» 21.12.2024 — after D",
    { ...since, Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-12-21") },
  ],
  ["«Завершена» without fact end, planned 15.12.2024 — counted", { ...since, Статус: "Завершена" }],
  [
    "«Действует» with a fact end in the window — not finished",
    { ...since, "Дата окончания (факт)": rawDate("2024-10-10") },
  ],
  [
    "«Прекращена» without fact end, planned after D",
    {
      ...since,
      Статус: "Прекращена",
      "Причина прекращения": "По обоюдному решению",
      "Дата окончания (план)": rawDate("2025-01-15"),
    },
  ],
  [
    "«Завершена» in the window but without a start date — does not take part",
    { ...since, "Дата начала": null, Статус: "Завершена", "Дата окончания (факт)": rawDate("2024-10-01") },
  ],
];

it("counts 2 completed of 3 finished in the window", () => {
  const k = kpis(
    evaluate({
      mentors: [mentor(M[0])],
      mentees: N.map((n) => mentee(n)),
      pairs: rows.map(([, o], i) => pair(String(i + 1), M[0], N[i], o)),
    }),
  );
  expect(k.completed).toEqual({ numerator: 2, denominator: 3, value: 2 / 3, target: null });
});

it("is null when nothing finished in the window", () => {
  const k = kpis(
    evaluate({ mentors: [mentor(M[0])], mentees: [mentee(N[0])], pairs: [pair("1", M[0], N[0])] }),
  );
  expect(k.completed).toEqual({ numerator: 0, denominator: 0, value: null, target: null });
});
