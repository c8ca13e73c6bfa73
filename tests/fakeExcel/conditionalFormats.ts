/**
 * Conditional formats: the collection on a range, the format object, and the type-specific
 * objects the adapter uses (text comparison, cell value, custom formula) with their format
 * (font colour, fill). Each conditional format is stored on its sheet with its ranges, rule and
 * format so tests can assert on them.
 */
import { rectsIntersect } from "./address";
import { officeErrors } from "./errors";
import { subtractRect } from "./model/rects";
import type { ConditionalFormatData, SheetModel } from "./model/sheet";
import {
  defineProps,
  FakeClientObject,
  FakeCollection,
  type ContextLike,
  type Mirror,
} from "./proxy/clientObject";
import { FakeRange, normaliseColor, rangeParts, type RangeTarget } from "./range";

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
const VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

interface CfTarget {
  sheetId: string;
  cfId: string;
}

type Kind = "textComparison" | "cellValue" | "custom";
const KIND_TYPE: Record<Kind, string> = {
  textComparison: "ContainsText",
  cellValue: "CellValue",
  custom: "Custom",
};

interface CfKindTarget extends CfTarget {
  kind: Kind;
}

function cfParts(
  o: FakeClientObject<CfTarget>,
  location: string,
): { sheet: SheetModel; cf: ConditionalFormatData } {
  const t = o._t(location);
  const sheet = o._host.model.requireSheet(t.sheetId, location);
  const cf = sheet.conditionalFormats.find((c) => c.id === t.cfId);
  if (!cf) throw officeErrors.itemNotFound(location);
  return { sheet, cf };
}

function byPriority(sheet: SheetModel, target: RangeTarget): ConditionalFormatData[] {
  return sheet.conditionalFormats
    .filter((cf) => cf.ranges.some((r) => rectsIntersect(r, target.rect)))
    .sort((a, b) => a.priority - b.priority);
}

export class FakeConditionalFormatCollection
  extends FakeCollection<RangeTarget, FakeConditionalFormat>
  implements
    Mirror<
      Excel.ConditionalFormatCollection,
      "add" | "getCount" | "clearAll" | "getItem" | "getItemAt" | "items" | "load"
    >
{
  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<RangeTarget>>[2]) {
    super(context, "ConditionalFormatCollection", source);
  }

  _enumerate(): unknown[] {
    const { sheet } = rangeParts(this, "ConditionalFormatCollection.items");
    return byPriority(sheet, this._t()).map((cf) => ({ sheetId: sheet.id, cfId: cf.id }));
  }

  _makeItem(target: unknown): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, { bound: target as CfTarget });
  }

  get _itemMeta() {
    return FakeConditionalFormat.prototype as unknown as {
      _specs: Record<string, never>;
      _navNames: string[];
    };
  }

  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue",
  ): FakeConditionalFormat {
    const location = "ConditionalFormatCollection.add";
    return new FakeConditionalFormat(this.context, {
      instantiate: { location, args: [type], mutates: true },
      resolve: () => {
        if (!TYPES.includes(type)) throw officeErrors.invalidArgument(location);
        const { model, sheet, rect } = rangeParts(this, location);
        // A new rule goes on top: priority 0, the others move down.
        for (const cf of sheet.conditionalFormats) cf.priority++;
        const cf: ConditionalFormatData = {
          id: model.newGuid(),
          type,
          ranges: [rect],
          priority: 0,
          stopIfTrue: false,
          rule: null,
          format: {
            fillColor: null,
            fontColor: null,
            bold: null,
            italic: null,
            strikethrough: null,
            underline: null,
            numberFormat: null,
          },
        };
        sheet.conditionalFormats.push(cf);
        return { sheetId: sheet.id, cfId: cf.id };
      },
    });
  }

  getCount(): { readonly value: number } {
    return this._result("getCount", [], () => {
      const { sheet } = rangeParts(this, "ConditionalFormatCollection.getCount");
      return byPriority(sheet, this._t()).length;
    });
  }

  getItem(id: string): FakeConditionalFormat {
    const location = "ConditionalFormatCollection.getItem";
    return new FakeConditionalFormat(this.context, {
      instantiate: { location, args: [id] },
      resolve: () => {
        const { sheet } = rangeParts(this, location);
        const cf = byPriority(sheet, this._t()).find((c) => c.id === id);
        if (!cf) throw officeErrors.itemNotFound(location);
        return { sheetId: sheet.id, cfId: cf.id };
      },
    });
  }

  getItemAt(index: number): FakeConditionalFormat {
    const location = "ConditionalFormatCollection.getItemAt";
    return new FakeConditionalFormat(this.context, {
      instantiate: { location, args: [index] },
      resolve: () => {
        const { sheet } = rangeParts(this, location);
        const cf = byPriority(sheet, this._t())[index];
        if (!cf) throw officeErrors.itemNotFound(location);
        return { sheetId: sheet.id, cfId: cf.id };
      },
    });
  }

  /** Removes conditional formatting from the range; rules reaching outside it are trimmed. */
  clearAll(): void {
    this._action("clearAll", [], () => {
      const { sheet, rect } = rangeParts(this, "ConditionalFormatCollection.clearAll");
      for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => subtractRect(r, rect));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    });
  }
}

defineProps(FakeConditionalFormatCollection, {});

export class FakeConditionalFormat
  extends FakeClientObject<CfTarget>
  implements
    Mirror<
      Excel.ConditionalFormat,
      | "type"
      | "priority"
      | "stopIfTrue"
      | "id"
      | "textComparison"
      | "textComparisonOrNullObject"
      | "cellValue"
      | "cellValueOrNullObject"
      | "custom"
      | "customOrNullObject"
      | "getRange"
      | "getRangeOrNullObject"
      | "delete"
      | "load"
    >
{
  declare readonly type: Excel.ConditionalFormat["type"];
  declare priority: number;
  declare stopIfTrue: boolean;
  declare readonly id: string;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<CfTarget>>[2]) {
    super(context, "ConditionalFormat", source);
  }

  private _kind<C extends FakeClientObject<CfKindTarget>>(
    kind: Kind,
    orNull: boolean,
    make: (s: { resolve: () => CfKindTarget | null }) => C,
  ): C {
    const name = orNull ? `${kind}OrNullObject` : kind;
    return this._child(name, () =>
      make({
        resolve: () => {
          const { cf } = cfParts(this, `ConditionalFormat.${name}`);
          if (cf.type !== KIND_TYPE[kind]) {
            if (orNull) return null;
            throw officeErrors.itemNotFound(`ConditionalFormat.${name}`);
          }
          return { ...this._t(), kind };
        },
      }),
    );
  }

  get textComparison(): FakeTextConditionalFormat {
    return this._kind("textComparison", false, (s) => new FakeTextConditionalFormat(this.context, s));
  }
  get textComparisonOrNullObject(): FakeTextConditionalFormat {
    return this._kind("textComparison", true, (s) => new FakeTextConditionalFormat(this.context, s));
  }
  get cellValue(): FakeCellValueConditionalFormat {
    return this._kind("cellValue", false, (s) => new FakeCellValueConditionalFormat(this.context, s));
  }
  get cellValueOrNullObject(): FakeCellValueConditionalFormat {
    return this._kind("cellValue", true, (s) => new FakeCellValueConditionalFormat(this.context, s));
  }
  get custom(): FakeCustomConditionalFormat {
    return this._kind("custom", false, (s) => new FakeCustomConditionalFormat(this.context, s));
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._kind("custom", true, (s) => new FakeCustomConditionalFormat(this.context, s));
  }

  getRange(): FakeRange {
    return FakeRange.derived(this.context, "ConditionalFormat.getRange", [], () => {
      const { sheet, cf } = cfParts(this, "ConditionalFormat.getRange");
      if (cf.ranges.length !== 1) throw officeErrors.invalidOperation("ConditionalFormat.getRange");
      return { sheetId: sheet.id, rect: cf.ranges[0]! };
    });
  }

  getRangeOrNullObject(): FakeRange {
    return FakeRange.derived(this.context, "ConditionalFormat.getRangeOrNullObject", [], () => {
      const { sheet, cf } = cfParts(this, "ConditionalFormat.getRangeOrNullObject");
      return cf.ranges.length === 1 ? { sheetId: sheet.id, rect: cf.ranges[0]! } : null;
    });
  }

  delete(): void {
    this._action("delete", [], () => {
      const { sheet, cf } = cfParts(this, "ConditionalFormat.delete");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
      for (const c of sheet.conditionalFormats) if (c.priority > cf.priority) c.priority--;
    });
  }
}

defineProps<FakeConditionalFormat>(
  FakeConditionalFormat,
  {
    type: { get: (o) => cfParts(o, "ConditionalFormat.type").cf.type },
    id: { get: (o) => cfParts(o, "ConditionalFormat.id").cf.id },
    priority: {
      get: (o) => cfParts(o, "ConditionalFormat.priority").cf.priority,
      set: (o, v) => {
        const { sheet, cf } = cfParts(o, "ConditionalFormat.priority");
        if (typeof v !== "number" || v < 0) throw officeErrors.invalidArgument("ConditionalFormat.priority");
        const ordered = [...sheet.conditionalFormats]
          .sort((a, b) => a.priority - b.priority)
          .filter((c) => c !== cf);
        ordered.splice(Math.min(v, ordered.length), 0, cf);
        ordered.forEach((c, i) => (c.priority = i));
      },
    },
    stopIfTrue: {
      get: (o) => cfParts(o, "ConditionalFormat.stopIfTrue").cf.stopIfTrue,
      set: (o, v) => {
        if (typeof v !== "boolean") throw officeErrors.invalidArgument("ConditionalFormat.stopIfTrue");
        cfParts(o, "ConditionalFormat.stopIfTrue").cf.stopIfTrue = v;
      },
    },
  },
  [
    "textComparison",
    "textComparisonOrNullObject",
    "cellValue",
    "cellValueOrNullObject",
    "custom",
    "customOrNullObject",
  ],
);

// ----- type-specific objects ---------------------------------------------------------------------

type KindSource = { resolve: () => CfKindTarget | null };

function formatChild(o: FakeClientObject<CfKindTarget>): FakeConditionalRangeFormat {
  return o._child("format", () => new FakeConditionalRangeFormat(o.context, { resolve: () => o._t() }));
}

export class FakeTextConditionalFormat
  extends FakeClientObject<CfKindTarget>
  implements Mirror<Excel.TextConditionalFormat, "format" | "rule" | "load">
{
  declare rule: Excel.ConditionalTextComparisonRule;
  constructor(context: ContextLike, source: KindSource) {
    super(context, "TextConditionalFormat", source);
  }
  get format(): FakeConditionalRangeFormat {
    return formatChild(this);
  }
}

defineProps<FakeTextConditionalFormat>(
  FakeTextConditionalFormat,
  {
    rule: {
      get: (o) => ({
        ...(cfParts(o, "TextConditionalFormat.rule").cf.rule ?? { operator: "Invalid", text: "" }),
      }),
      set: (o, v) => {
        const location = "TextConditionalFormat.rule";
        const r = v as Partial<Excel.ConditionalTextComparisonRule> | null;
        if (
          !r ||
          typeof r.operator !== "string" ||
          !TEXT_OPERATORS.includes(r.operator) ||
          typeof r.text !== "string"
        ) {
          throw officeErrors.invalidArgument(location);
        }
        cfParts(o, location).cf.rule = { operator: r.operator, text: r.text };
      },
    },
  },
  ["format"],
);

export class FakeCellValueConditionalFormat
  extends FakeClientObject<CfKindTarget>
  implements Mirror<Excel.CellValueConditionalFormat, "format" | "rule" | "load">
{
  declare rule: Excel.ConditionalCellValueRule;
  constructor(context: ContextLike, source: KindSource) {
    super(context, "CellValueConditionalFormat", source);
  }
  get format(): FakeConditionalRangeFormat {
    return formatChild(this);
  }
}

defineProps<FakeCellValueConditionalFormat>(
  FakeCellValueConditionalFormat,
  {
    rule: {
      get: (o) => ({
        ...(cfParts(o, "CellValueConditionalFormat.rule").cf.rule ?? { formula1: "", operator: "Invalid" }),
      }),
      set: (o, v) => {
        const location = "CellValueConditionalFormat.rule";
        const r = v as Partial<Excel.ConditionalCellValueRule> | null;
        if (
          !r ||
          typeof r.operator !== "string" ||
          !VALUE_OPERATORS.includes(r.operator) ||
          typeof r.formula1 !== "string" ||
          r.formula1 === ""
        ) {
          throw officeErrors.invalidArgument(location);
        }
        const between = r.operator === "Between" || r.operator === "NotBetween";
        if (between && (typeof r.formula2 !== "string" || r.formula2 === ""))
          throw officeErrors.invalidArgument(location);
        cfParts(o, location).cf.rule = between
          ? { formula1: r.formula1, formula2: r.formula2, operator: r.operator }
          : { formula1: r.formula1, operator: r.operator };
      },
    },
  },
  ["format"],
);

export class FakeCustomConditionalFormat
  extends FakeClientObject<CfKindTarget>
  implements Mirror<Excel.CustomConditionalFormat, "format" | "rule" | "load">
{
  constructor(context: ContextLike, source: KindSource) {
    super(context, "CustomConditionalFormat", source);
  }
  get format(): FakeConditionalRangeFormat {
    return formatChild(this);
  }
  get rule(): FakeConditionalFormatRule {
    return this._child(
      "rule",
      () => new FakeConditionalFormatRule(this.context, { resolve: () => this._t() }),
    );
  }
}

defineProps(FakeCustomConditionalFormat, {}, ["format", "rule"]);

export class FakeConditionalFormatRule
  extends FakeClientObject<CfKindTarget>
  implements Mirror<Excel.ConditionalFormatRule, "formula" | "load">
{
  declare formula: string;
  constructor(context: ContextLike, source: KindSource) {
    super(context, "ConditionalFormatRule", source);
  }
}

defineProps<FakeConditionalFormatRule>(FakeConditionalFormatRule, {
  formula: {
    get: (o) => String(cfParts(o, "ConditionalFormatRule.formula").cf.rule?.formula ?? ""),
    set: (o, v) => {
      if (typeof v !== "string" || v === "")
        throw officeErrors.invalidArgument("ConditionalFormatRule.formula");
      cfParts(o, "ConditionalFormatRule.formula").cf.rule = { formula: v.startsWith("=") ? v : `=${v}` };
    },
  },
});

export class FakeConditionalRangeFormat
  extends FakeClientObject<CfKindTarget>
  implements Mirror<Excel.ConditionalRangeFormat, "font" | "fill" | "numberFormat" | "load">
{
  declare numberFormat: Excel.ConditionalRangeFormat["numberFormat"];
  constructor(context: ContextLike, source: KindSource) {
    super(context, "ConditionalRangeFormat", source);
  }
  get font(): FakeConditionalRangeFont {
    return this._child(
      "font",
      () => new FakeConditionalRangeFont(this.context, { resolve: () => this._t() }),
    );
  }
  get fill(): FakeConditionalRangeFill {
    return this._child(
      "fill",
      () => new FakeConditionalRangeFill(this.context, { resolve: () => this._t() }),
    );
  }
}

defineProps<FakeConditionalRangeFormat>(
  FakeConditionalRangeFormat,
  {
    numberFormat: {
      get: (o) => cfParts(o, "ConditionalRangeFormat.numberFormat").cf.format.numberFormat,
      set: (o, v) => {
        if (typeof v !== "string") throw officeErrors.invalidArgument("ConditionalRangeFormat.numberFormat");
        cfParts(o, "ConditionalRangeFormat.numberFormat").cf.format.numberFormat = v;
      },
    },
  },
  ["font", "fill"],
);

function cfFormatProp<K extends "fontColor" | "bold" | "italic" | "strikethrough" | "underline">(
  type: string,
  name: string,
  key: K,
  check: (v: unknown, l: string) => ConditionalFormatData["format"][K],
) {
  const location = `${type}.${name}`;
  return {
    get: (o: FakeClientObject<CfKindTarget>) => cfParts(o, location).cf.format[key],
    set: (o: FakeClientObject<CfKindTarget>, v: unknown) => {
      cfParts(o, location).cf.format[key] = check(v, location);
    },
  };
}

const bool = (v: unknown, l: string): boolean => {
  if (typeof v !== "boolean") throw officeErrors.invalidArgument(l);
  return v;
};

export class FakeConditionalRangeFont
  extends FakeClientObject<CfKindTarget>
  implements
    Mirror<
      Excel.ConditionalRangeFont,
      "bold" | "italic" | "color" | "strikethrough" | "underline" | "clear" | "load"
    >
{
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare strikethrough: boolean;
  declare underline: Excel.ConditionalRangeFont["underline"];
  constructor(context: ContextLike, source: KindSource) {
    super(context, "ConditionalRangeFont", source);
  }
  clear(): void {
    this._action("clear", [], () => {
      const f = cfParts(this, "ConditionalRangeFont.clear").cf.format;
      f.fontColor = f.bold = f.italic = f.strikethrough = f.underline = null;
    });
  }
}

defineProps<FakeConditionalRangeFont>(FakeConditionalRangeFont, {
  bold: cfFormatProp("ConditionalRangeFont", "bold", "bold", bool),
  italic: cfFormatProp("ConditionalRangeFont", "italic", "italic", bool),
  color: cfFormatProp("ConditionalRangeFont", "color", "fontColor", normaliseColor),
  strikethrough: cfFormatProp("ConditionalRangeFont", "strikethrough", "strikethrough", bool),
  underline: cfFormatProp("ConditionalRangeFont", "underline", "underline", (v, l) => {
    if (v !== "None" && v !== "Single" && v !== "Double") throw officeErrors.invalidArgument(l);
    return v;
  }),
});

export class FakeConditionalRangeFill
  extends FakeClientObject<CfKindTarget>
  implements Mirror<Excel.ConditionalRangeFill, "color" | "clear" | "load">
{
  declare color: string;
  constructor(context: ContextLike, source: KindSource) {
    super(context, "ConditionalRangeFill", source);
  }
  clear(): void {
    this._action("clear", [], () => {
      cfParts(this, "ConditionalRangeFill.clear").cf.format.fillColor = null;
    });
  }
}

defineProps<FakeConditionalRangeFill>(FakeConditionalRangeFill, {
  color: {
    get: (o) => cfParts(o, "ConditionalRangeFill.color").cf.format.fillColor,
    set: (o, v) => {
      cfParts(o, "ConditionalRangeFill.color").cf.format.fillColor = normaliseColor(
        v,
        "ConditionalRangeFill.color",
      );
    },
  },
});
