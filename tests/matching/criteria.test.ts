/** Each criterion: a value 0–1 and a Russian sentence saying why. */
import {
  capacityReason,
  categoryReason,
  experienceReason,
  qualificationReason,
  subjectItems,
  subjectReason,
  trainingReason,
} from "../../src/domain/matching/criteria";
import { formFits, formFor } from "../../src/domain/matching/forms";
import { years } from "../../src/domain/matching/wording";
import { menteeCategories, mentorCategories } from "../../src/domain/template/enums";
import { normalizeEnum } from "../../src/domain/text/normalize";

describe("subject / direction", () => {
  const names = ["математика", "информатика", "физика"];
  const ids = (...xs: number[]) => Int32Array.from(xs);

  test("the same subject counts fully and is named", () => {
    expect(subjectReason(ids(0), ids(0), names)).toEqual({ value: 1, text: "тот же предмет — математика" });
  });

  test("a shared item of a list counts: «Математика, информатика» meets «Информатика»", () => {
    expect(subjectItems("Математика, информатика", normalizeEnum)).toEqual(["математика", "информатика"]);
    expect(subjectItems("Русский язык и литература", normalizeEnum)).toEqual(["русский язык", "литература"]);
    expect(subjectReason(ids(0, 1), ids(1), names)).toEqual({
      value: 1,
      text: "тот же предмет — информатика",
    });
  });

  test("another subject scores 0 and names both; an unknown one scores ½", () => {
    expect(subjectReason(ids(2), ids(0), names)).toEqual({
      value: 0,
      text: "другой предмет — физика (у наставляемого — математика)",
    });
    expect(subjectReason(ids(), ids(0), names)).toEqual({
      value: 0.5,
      text: "у наставника не указан предмет",
    });
    expect(subjectReason(ids(0), ids(), names)).toEqual({
      value: 0.5,
      text: "у наставляемого не указан предмет",
    });
  });
});

describe("category and form (rules.md P013)", () => {
  test("the form names both categories when it can", () => {
    expect(formFor("Педагог", "Педагог")).toBe("Учитель – учитель");
    expect(formFor("Руководитель ОО", "Педагог")).toBe("Руководитель ОО – педагог");
    expect(formFor("Педагог вуза/колледжа", "Педагог")).toBe("Педагог вуза/колледжа – молодой педагог");
    expect(formFor("Педагог", "Обучающийся")).toBe("Учитель – ученик");
    expect(formFor("Обучающийся", "Обучающийся")).toBe("Ученик – ученик");
    expect(formFor("Студент", "Обучающийся")).toBe("Студент – ученик");
    expect(formFor("Представитель работодателя", "Обучающийся")).toBe("Работодатель – ученик");
    expect(formFor("Представитель работодателя", "Студент")).toBe("Работодатель – студент");
    expect(formFor(undefined, undefined)).toBe("Учитель – учитель");
  });

  test("no form fits an «Иное» mentor, a teacher for a «Студент», or a student for a teacher", () => {
    for (const mentee of [...menteeCategories.values, undefined]) expect(formFor("Иное", mentee)).toBeNull();
    expect(formFor("Педагог", "Студент")).toBeNull();
    expect(formFor("Обучающийся", "Педагог")).toBeNull();
  });

  test("every form chosen is one that P013 accepts", () => {
    for (const mc of [...mentorCategories.values, undefined])
      for (const ec of [...menteeCategories.values, undefined]) {
        const form = formFor(mc, ec);
        if (form !== null) expect([mc, ec, formFits(form, mc, ec)]).toEqual([mc, ec, true]);
      }
  });

  test("the sentence names the category and the form; an unknown category scores ½", () => {
    expect(categoryReason("Педагог", "Педагог", "Учитель – учитель")).toEqual({
      value: 1,
      text: "категория «Педагог» подходит для формы «Учитель – учитель»",
    });
    expect(categoryReason(undefined, "Педагог", "Учитель – учитель").value).toBe(0.5);
    expect(categoryReason("Педагог", undefined, "Учитель – учитель").text).toContain(
      "категория наставляемого не указана",
    );
  });
});

describe("capacity, experience, qualification, training", () => {
  test("free places as a share of the limit", () => {
    expect(capacityReason(2, 3)).toEqual({ value: 2 / 3, text: "свободно мест: 2 из 3" });
    expect(capacityReason(3, 3).value).toBe(1);
  });

  test("the experience gap counts fully from ten years and is spelt with agreement", () => {
    expect(experienceReason(21, 1)).toEqual({ value: 1, text: "стаж 21 год — на 20 лет больше" });
    expect(experienceReason(5, 3)).toEqual({ value: 0.2, text: "стаж 5 лет — на 2 года больше" });
    expect(experienceReason(2, 3)).toEqual({ value: 0, text: "стаж 2 года — на 1 год меньше" });
    expect(experienceReason(12, NaN)).toEqual({ value: 1, text: "стаж 12 лет" });
    expect(experienceReason(NaN, 1)).toEqual({ value: 0, text: "стаж наставника не указан" });
  });

  test("qualification levels in order, and training in mentoring", () => {
    expect(qualificationReason("Высшая")).toEqual({ value: 1, text: "высшая категория" });
    expect(qualificationReason("Первая")).toEqual({ value: 2 / 3, text: "первая категория" });
    expect(qualificationReason("Соответствие занимаемой должности").value).toBeCloseTo(1 / 3, 12);
    expect(qualificationReason("Без категории").value).toBe(0);
    expect(qualificationReason(undefined)).toEqual({
      value: 0,
      text: "квалификационная категория не указана",
    });
    expect(trainingReason(true)).toEqual({ value: 1, text: "обучение по наставничеству пройдено" });
    expect(trainingReason(false).value).toBe(0);
    expect(trainingReason(undefined).text).toBe("обучение по наставничеству не отмечено");
  });

  test("years agree with the number", () => {
    expect([1, 2, 5, 11, 21, 22, 25, 2.5].map(years)).toEqual([
      "1 год",
      "2 года",
      "5 лет",
      "11 лет",
      "21 год",
      "22 года",
      "25 лет",
      "2,5 года",
    ]);
  });
});
