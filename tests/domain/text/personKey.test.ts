/** ФИО key: trimmed, whitespace runs collapsed, ё→е, case-insensitive. */
import fc from "fast-check";
import { personKey } from "../../../src/domain/text/normalize";

it("makes «Иванова  Анна Петровна» and «иванова анна петровна» the same person", () => {
  expect(personKey("Иванова  Анна Петровна")).toBe(personKey("иванова анна петровна"));
});

it("makes «Семёнов Александр» and « семенов  александр » the same person", () => {
  expect(personKey("Семёнов Александр")).toBe(personKey(" семенов  александр "));
  expect(personKey("СЕМЁНОВ АЛЕКСАНДР")).toBe(personKey("семенов александр"));
});

it("keeps people with different names apart", () => {
  expect(personKey("Иванова Анна Петровна")).not.toBe(personKey("Иванова Анна Павловна"));
  expect(personKey("Иванов Иван")).not.toBe(personKey("Иванов Иван Иванович"));
  // the key does not touch hyphens or initials: that is F006's business, not matching
  expect(personKey("Петров-Водкин Кузьма")).not.toBe(personKey("Петров Водкин Кузьма"));
});

const letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ-".split("");
const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }).map((a) => a.join(""));
const spaces = fc
  .array(fc.constantFrom(" ", "  ", "\t", "\u00a0"), { minLength: 1, maxLength: 3 })
  .map((a) => a.join(""));
const fio = fc.array(word, { minLength: 1, maxLength: 4 });

it("is idempotent", () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      expect(personKey(personKey(s))).toBe(personKey(s));
    }),
  );
});

it("ignores case, ё/е and how the words are spaced", () => {
  fc.assert(
    fc.property(fio, spaces, spaces, spaces, (words, lead, gap, tail) => {
      const tidy = words.join(" ");
      const messy = lead + words.map((w) => w.toUpperCase().replace(/Е/g, "Ё")).join(gap) + tail;
      expect(personKey(messy)).toBe(personKey(tidy));
    }),
  );
});
