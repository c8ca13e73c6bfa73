/**
 * да/нет (workbook.md v2): the word lists, a lone dash, booleans, 1/0; a leading да/нет with
 * punctuation; a sentence ending in «получено»; a document reference in the «Сведения» items.
 */
import { readYesNo } from "../../../src/domain/values/parse";

const read = (raw: string | number | boolean | null, documentRef = false) => {
  const r = readYesNo(raw, documentRef);
  if (r.state !== "ok") return r.state;
  return r.note === undefined ? r.value : `${r.value} (i)`;
};

it.each([
  "да",
  "Да",
  "ДА",
  " да ",
  "+",
  "1",
  "true",
  "TRUE",
  "yes",
  "Yes",
  "истина",
  "ИСТИНА",
  "✓",
  "✔",
  "v",
  "V",
  "есть",
  "Имеется",
  "в наличии",
  "получено",
  "получен",
  "Получена",
  "разработана",
  "разработан",
  "разработано",
  "да.",
  "Да!",
  "да :",
  "да -",
])("«%s» is да", (t) => {
  expect(read(t)).toBe(true);
});

it.each([
  "нет",
  "Нет",
  "НЕТ",
  "-",
  "0",
  "false",
  "False",
  "no",
  "NO",
  "ложь",
  "Ложь",
  "отсутствует",
  "не имеется",
  "нет в наличии",
  "не получено",
  "Не получен",
  "не получена",
  "—",
  "–",
  "\u2010",
  "\u2212",
  "нет.",
])("«%s» is нет", (t) => {
  expect(read(t)).toBe(false);
});

it.each([
  ["Да (заявление от 01.09.2023)", "true (i)"],
  ["да, 2022 (72 ч.)", "true (i)"],
  ["да; приказ 12", "true (i)"],
  ["Нет, в отпуске", "false (i)"],
  ["нет — уволилась", "false (i)"],
  ["согласие родителей получено", "true (i)"],
  ["согласие законного представителя получено", "true (i)"],
  ["Согласие получено.", "true (i)"],
  ["согласие не получено", "false (i)"],
  ["заявление получена", "true (i)"],
])("«%s» is read with a notice as %s", (t, shown) => {
  expect(read(t)).toBe(shown);
});

describe("document items of «Сведения»: a reference to the document is да (i)", () => {
  it.each([
    "Приказ от 01.09.2023 № 145-од",
    "приказ от 30.08.2023",
    "приказ от 29.08.2024 № 214-од",
    "№ 145-од",
    "утверждено 1 сентября 2023 г.",
    "утв. 2023-09-01",
  ])("«%s»", (t) => {
    expect(read(t, true)).toBe("true (i)");
    expect(read(t, false)).toBe("bad");
  });

  it("needs an existing date or a «№»", () => {
    expect(read("приказ от 31.02.2023", true)).toBe("bad");
    expect(read("приказ готовится", true)).toBe("bad");
  });
});

it("reads boolean cells and the numbers 1 and 0", () => {
  expect(read(true)).toBe(true);
  expect(read(false)).toBe(false);
  expect(read(1)).toBe(true);
  expect(read(0)).toBe(false);
});

it("treats an empty cell as unknown, not нет", () => {
  expect(read(null)).toBe("empty");
  expect(read("")).toBe("empty");
});

it.each(["2", "д", "не знаю", "согласен", "данные есть", "да есть", "нетрудно", "получено не всё"])(
  "«%s» is F002",
  (t) => {
    expect(read(t)).toBe("bad");
  },
);

it("does not take other numbers as да/нет", () => {
  expect(read(2)).toBe("bad");
  expect(read(0.5)).toBe("bad");
});
