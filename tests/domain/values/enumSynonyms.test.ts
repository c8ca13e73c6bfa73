/**
 * Enum cells: normalise(cell) meets normalise(allowed value or synonym); the canonical value is
 * kept. The synonym tables are written out here from workbook.md, complete.
 */
import {
  menteeCategories,
  mentorCategories,
  pairForms,
  pairKinds,
  pairStatuses,
  planStages,
  planStatuses,
  qualificationLevels,
  terminationReasons,
  type EnumSpec,
} from "../../../src/domain/template/enums";
import { readEnum } from "../../../src/domain/values/parse";

const read = (spec: EnumSpec, text: string) => {
  const r = readEnum(text, spec.lookup);
  return r.state === "ok" ? r.value : r.state;
};

describe("allowed values (workbook.md) read as themselves", () => {
  it.each<[EnumSpec, string[]]>([
    [
      mentorCategories,
      [
        "Педагог",
        "Руководитель ОО",
        "Обучающийся",
        "Студент",
        "Представитель работодателя",
        "Педагог вуза/колледжа",
        "Иное",
      ],
    ],
    [menteeCategories, ["Педагог", "Обучающийся", "Студент", "Иное"]],
    [qualificationLevels, ["Высшая", "Первая", "Соответствие занимаемой должности", "Без категории"]],
    [
      pairForms,
      [
        "Учитель – учитель",
        "Руководитель ОО – педагог",
        "Педагог вуза/колледжа – молодой педагог",
        "Ученик – ученик",
        "Учитель – ученик",
        "Студент – ученик",
        "Работодатель – ученик",
        "Работодатель – студент",
      ],
    ],
    [
      pairKinds,
      [
        "Традиционное (один на один)",
        "Групповое",
        "Реверсивное",
        "Виртуальное (дистанционное)",
        "Краткосрочное (целеполагающее)",
        "Ситуационное",
        "Скоростное",
      ],
    ],
    [pairStatuses, ["Планируется", "Действует", "Завершена", "Прекращена"]],
    [
      terminationReasons,
      [
        "План выполнен",
        "По инициативе наставника",
        "По инициативе наставляемого",
        "По обоюдному решению",
        "По инициативе куратора",
      ],
    ],
    [planStages, ["Подготовительный", "Диагностический", "Реализационный", "Рефлексивно-аналитический"]],
    [planStatuses, ["Запланировано", "Выполнено", "Не выполнено", "Перенесено"]],
  ])("%#", (spec, values) => {
    expect([...spec.values]).toEqual(values);
    for (const v of values) expect(read(spec, v)).toBe(v);
  });
});

describe("synonyms (complete list of workbook.md)", () => {
  it.each<[string, EnumSpec, string, string]>([
    ["Форма", pairForms, "Педагог – педагог", "Учитель – учитель"],
    ["Форма", pairForms, "Руководитель – педагог", "Руководитель ОО – педагог"],
    ["Форма", pairForms, "Руководитель – учитель", "Руководитель ОО – педагог"],
    ["Форма", pairForms, "Руководитель образовательной организации – учитель", "Руководитель ОО – педагог"],
    ["Форма", pairForms, "Руководитель образовательной организации – педагог", "Руководитель ОО – педагог"],
    ["Вид", pairKinds, "Традиционное", "Традиционное (один на один)"],
    ["Вид", pairKinds, "Один на один", "Традиционное (один на один)"],
    ["Вид", pairKinds, "Традиционная (один на один)", "Традиционное (один на один)"],
    ["Вид", pairKinds, "В группе", "Групповое"],
    ["Вид", pairKinds, "Групповая", "Групповое"],
    ["Вид", pairKinds, "Реверсивная", "Реверсивное"],
    ["Вид", pairKinds, "Виртуальное", "Виртуальное (дистанционное)"],
    ["Вид", pairKinds, "Дистанционное", "Виртуальное (дистанционное)"],
    ["Вид", pairKinds, "Виртуальная", "Виртуальное (дистанционное)"],
    ["Вид", pairKinds, "Краткосрочное", "Краткосрочное (целеполагающее)"],
    ["Вид", pairKinds, "Целеполагающее", "Краткосрочное (целеполагающее)"],
    ["Вид", pairKinds, "Ситуационная", "Ситуационное"],
    ["Вид", pairKinds, "Скоростная", "Скоростное"],
    ["Статус пары", pairStatuses, "Запланирована", "Планируется"],
    ["Статус пары", pairStatuses, "Планируемая", "Планируется"],
    ["Статус пары", pairStatuses, "Действующая", "Действует"],
    ["Статус пары", pairStatuses, "Действующий", "Действует"],
    ["Статус пары", pairStatuses, "Действующее", "Действует"],
    ["Статус пары", pairStatuses, "Завершено", "Завершена"],
    ["Статус пары", pairStatuses, "Завершен", "Завершена"],
    ["Статус пары", pairStatuses, "Завершён", "Завершена"],
    ["Статус пары", pairStatuses, "Прекращено", "Прекращена"],
    ["Статус пары", pairStatuses, "Прервана", "Прекращена"],
    ["Статус пары", pairStatuses, "Прервано", "Прекращена"],
    ["Статус плана", planStatuses, "Выполнен", "Выполнено"],
    ["Статус плана", planStatuses, "Выполнена", "Выполнено"],
    ["Статус плана", planStatuses, "Не выполнен", "Не выполнено"],
    ["Статус плана", planStatuses, "Не выполнена", "Не выполнено"],
    ["Статус плана", planStatuses, "Запланирован", "Запланировано"],
    ["Статус плана", planStatuses, "Запланирована", "Запланировано"],
    ["Статус плана", planStatuses, "Перенесен", "Перенесено"],
    ["Статус плана", planStatuses, "Перенесён", "Перенесено"],
    ["Статус плана", planStatuses, "Перенесена", "Перенесено"],
    ["Категория наставника", mentorCategories, "Руководитель", "Руководитель ОО"],
    ["Категория наставника", mentorCategories, "Администрация", "Руководитель ОО"],
    ["Категория наставника", mentorCategories, "Учитель", "Педагог"],
    ["Категория наставника", mentorCategories, "Ученик", "Обучающийся"],
    ["Категория наставника", mentorCategories, "Работодатель", "Представитель работодателя"],
    ["Категория наставляемого", menteeCategories, "Учитель", "Педагог"],
    ["Категория наставляемого", menteeCategories, "Ученик", "Обучающийся"],
  ])("%s: «%s» → «%s»", (_list, spec, synonym, canonical) => {
    expect(read(spec, synonym)).toBe(canonical);
    expect(read(spec, synonym.toUpperCase())).toBe(canonical);
  });
});

describe("spellings that normalise to an allowed value", () => {
  it.each([
    ["Учитель-учитель"],
    ["Учитель - учитель"],
    ["Учитель — учитель"], // em dash U+2014
    ["Учитель–учитель"], // en dash U+2013, no spaces
    ["Учитель − учитель"], // minus sign U+2212
    ["Учитель ‐ учитель"], // hyphen U+2010
    ["Учитель ‒ учитель"], // figure dash U+2012
    ["Учитель ― учитель"], // horizontal bar U+2015
    ["  учитель   –   УЧИТЕЛЬ "],
    ["Учитель\u00a0– учитель"], // a no-break space
  ])("«%s» is «Учитель – учитель»", (text) => {
    expect(read(pairForms, text)).toBe("Учитель – учитель");
  });

  it("«Педагог-педагог» is a synonym whatever the dash", () => {
    expect(read(pairForms, "Педагог-педагог")).toBe("Учитель – учитель");
    expect(read(pairForms, "Руководитель—учитель")).toBe("Руководитель ОО – педагог");
  });

  it("«Рефлексивно-аналитический» matches itself, with any dash", () => {
    expect(read(planStages, "Рефлексивно-аналитический")).toBe("Рефлексивно-аналитический");
    expect(read(planStages, "рефлексивно – аналитический")).toBe("Рефлексивно-аналитический");
  });

  it("ё and е are the same letter", () => {
    expect(read(pairStatuses, "Завершен")).toBe("Завершена");
    expect(read(planStatuses, "Перенесен")).toBe("Перенесено");
    expect(read(pairForms, "учитель – учитель")).toBe("Учитель – учитель");
  });

  it("keeps parentheses: «традиционное (один на один)» in lower case", () => {
    expect(read(pairKinds, "традиционное (один на один)")).toBe("Традиционное (один на один)");
  });
});

describe("values that are not allowed", () => {
  it.each<[EnumSpec, string]>([
    [pairKinds, "Индивидуально-групповое"],
    [pairKinds, "Традиционное один на один"],
    [pairForms, "Учитель учитель"],
    [pairForms, "Наставник – учитель"],
    [pairStatuses, "В работе"],
    [menteeCategories, "Руководитель ОО"],
    [mentorCategories, "Учитель начальных классов"],
    [planStatuses, "Сделано"],
  ])("%#: «%s» is not allowed", (spec, text) => {
    expect(read(spec, text)).toBe("bad");
  });

  it("an empty cell is empty, not a bad value", () => {
    expect(readEnum(null, pairStatuses.lookup).state).toBe("empty");
    expect(readEnum("  ", pairStatuses.lookup).state).toBe("empty");
  });
});
