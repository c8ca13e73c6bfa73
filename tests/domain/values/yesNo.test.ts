/** да/нет: case-insensitive да, нет, +, -, 1, 0, true, false, yes, no, истина, ложь; booleans; 1/0 numbers. */
import { readYesNo } from "../../../src/domain/values/parse";

const read = (raw: string | number | boolean | null) => {
  const r = readYesNo(raw);
  return r.state === "ok" ? r.value : r.state;
};

it.each(["да", "Да", "ДА", " да ", "+", "1", "true", "TRUE", "yes", "Yes", "истина", "ИСТИНА"])(
  "«%s» is да",
  (t) => {
    expect(read(t)).toBe(true);
  },
);

it.each(["нет", "Нет", "НЕТ", "-", "0", "false", "False", "no", "NO", "ложь", "Ложь"])("«%s» is нет", (t) => {
  expect(read(t)).toBe(false);
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

it.each(["2", "д", "не знаю", "да.", "согласен", "v"])("«%s» is unreadable", (t) => {
  expect(read(t)).toBe("bad");
});

it("does not take other numbers as да/нет", () => {
  expect(read(2)).toBe("bad");
  expect(read(0.5)).toBe("bad");
});
