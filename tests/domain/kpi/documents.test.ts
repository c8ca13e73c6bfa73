/** documents: the five document items of «Сведения» marked да, out of 5. */
import { evaluate, kpis } from "../evaluate";
import { ABSENT } from "../builders";

it("counts only да among the five documents", () => {
  const k = kpis(
    evaluate({
      info: {
        "Положение о наставничестве": "да",
        "Программа наставничества": "+",
        "Дорожная карта": "нет",
        "Приказ о назначении наставников": null,
        "Приказ о закреплении пар (групп)": "в проекте",
      },
    }),
  );
  expect(k.documents).toEqual({ numerator: 2, denominator: 5, value: 0.4, target: 1 });
});

it("keeps the denominator 5 when the items are missing", () => {
  const k = kpis(
    evaluate({
      info: {
        "Положение о наставничестве": ABSENT,
        "Программа наставничества": ABSENT,
        "Дорожная карта": ABSENT,
        "Приказ о назначении наставников": ABSENT,
        "Приказ о закреплении пар (групп)": "ДА",
      },
    }),
  );
  expect(k.documents).toEqual({ numerator: 1, denominator: 5, value: 0.2, target: 1 });
});
