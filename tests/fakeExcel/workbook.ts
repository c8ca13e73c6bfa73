/**
 * Workbook-level objects: Workbook, Application (screen-updating suspension, counted), Runtime
 * (enableEvents) and defined names.
 */
import { parseAddress } from "./address";
import { officeErrors } from "./errors";
import type { NamedItemData } from "./model/workbook";
import {
  defineProps,
  FakeClientObject,
  FakeCollection,
  type ContextLike,
  type Mirror,
} from "./proxy/clientObject";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheet";

type NoTarget = Record<string, never>;

export class FakeWorkbook
  extends FakeClientObject<NoTarget>
  implements
    Mirror<
      Excel.Workbook,
      "worksheets" | "tables" | "names" | "application" | "getSelectedRange" | "getActiveCell" | "load"
    >
{
  constructor(context: ContextLike) {
    super(context, "Workbook", { bound: {} });
  }

  get worksheets(): FakeWorksheetCollection {
    return this._child("worksheets", () => new FakeWorksheetCollection(this.context));
  }

  get tables(): FakeTableCollection {
    return this._child("tables", () => new FakeTableCollection(this.context, { bound: {} }));
  }

  get names(): FakeNamedItemCollection {
    return this._child("names", () => new FakeNamedItemCollection(this.context));
  }

  get application(): FakeApplication {
    return this._child("application", () => new FakeApplication(this.context));
  }

  /** The selection, or A1 of the active sheet when nothing was selected since activation. */
  getSelectedRange(): FakeRange {
    return FakeRange.derived(this.context, "Workbook.getSelectedRange", [], () => {
      const model = this._host.model;
      if (model.selection) return { ...model.selection };
      const sheet = model.requireSheet(model.activeSheetId, "Workbook.getSelectedRange");
      return { sheetId: sheet.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  getActiveCell(): FakeRange {
    this._api("getActiveCell", "1.7");
    return FakeRange.derived(this.context, "Workbook.getActiveCell", [], () => {
      const model = this._host.model;
      if (model.selection)
        return {
          sheetId: model.selection.sheetId,
          rect: { ...model.selection.rect, rowCount: 1, colCount: 1 },
        };
      const sheet = model.requireSheet(model.activeSheetId, "Workbook.getActiveCell");
      return { sheetId: sheet.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }
}

defineProps(FakeWorkbook, {}, ["worksheets", "tables", "names", "application"]);

export class FakeApplication
  extends FakeClientObject<NoTarget>
  implements
    Mirror<
      Excel.Application,
      "suspendScreenUpdatingUntilNextSync" | "suspendApiCalculationUntilNextSync" | "load"
    >
{
  constructor(context: ContextLike) {
    super(context, "Application", { bound: {} });
  }

  /** Counted in stats; the suspension ends with the sync that carries it. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._api("suspendScreenUpdatingUntilNextSync", "1.9");
    this._action(
      "suspendScreenUpdatingUntilNextSync",
      [],
      () => void this._host.stats.screenUpdatingSuspensions++,
      false,
    );
  }

  suspendApiCalculationUntilNextSync(): void {
    this._api("suspendApiCalculationUntilNextSync", "1.6");
    this._action(
      "suspendApiCalculationUntilNextSync",
      [],
      () => void this._host.stats.calculationSuspensions++,
      false,
    );
  }
}

defineProps(FakeApplication, {});

export class FakeRuntime
  extends FakeClientObject<NoTarget>
  implements Mirror<Excel.Runtime, "enableEvents" | "load">
{
  declare enableEvents: boolean;

  constructor(context: ContextLike) {
    super(context, "Runtime", { bound: {} });
  }
}

defineProps<FakeRuntime>(FakeRuntime, {
  enableEvents: {
    api: "1.8",
    get: (o) => o._host.model.eventsEnabled,
    set: (o, v) => {
      if (typeof v !== "boolean") throw officeErrors.invalidArgument("Runtime.enableEvents");
      o._host.model.eventsEnabled = v;
    },
  },
});

// ----- names -----------------------------------------------------------------------------------

interface NameTarget {
  name: string;
}

function nameParts(o: FakeClientObject<NameTarget>, location: string): NamedItemData {
  const t = o._t(location);
  const item = o._host.model.names.find((n) => n.name.toLowerCase() === t.name.toLowerCase());
  if (!item) throw officeErrors.itemNotFound(location);
  return item;
}

export class FakeNamedItemCollection
  extends FakeCollection<NoTarget, FakeNamedItem>
  implements
    Mirror<
      Excel.NamedItemCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getCount" | "items" | "load"
    >
{
  constructor(context: ContextLike) {
    super(context, "NamedItemCollection", { bound: {} });
  }

  _enumerate(): unknown[] {
    return this._host.model.names.map((n) => ({ name: n.name }));
  }

  _makeItem(target: unknown): FakeNamedItem {
    return new FakeNamedItem(this.context, { bound: target as NameTarget });
  }

  get _itemMeta() {
    return FakeNamedItem.prototype as unknown as { _specs: Record<string, never>; _navNames: string[] };
  }

  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    this._api("add", "1.4");
    const location = "NamedItemCollection.add";
    if (typeof reference !== "string") this._sameContext(reference, location);
    return new FakeNamedItem(this.context, {
      instantiate: { location, args: [name, reference, comment], mutates: true },
      resolve: () => {
        const model = this._host.model;
        let formula: string;
        if (typeof reference === "string") {
          formula = reference.startsWith("=") ? reference : `=${reference}`;
        } else {
          const t = (reference as unknown as FakeRange)._t(location);
          formula = model.absoluteReference(model.requireSheet(t.sheetId, location), t.rect);
        }
        return { name: model.addName(name, formula, comment ?? "", location).name };
      },
    });
  }

  getItem(name: string): FakeNamedItem {
    const location = "NamedItemCollection.getItem";
    return new FakeNamedItem(this.context, {
      instantiate: { location, args: [name] },
      resolve: () => {
        const item = this._host.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!item) throw officeErrors.itemNotFound(location);
        return { name: item.name };
      },
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this._api("getItemOrNullObject", "1.4");
    return new FakeNamedItem(this.context, {
      instantiate: { location: "NamedItemCollection.getItemOrNullObject", args: [name] },
      resolve: () => {
        const item = this._host.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        return item ? { name: item.name } : null;
      },
    });
  }

  getCount(): { readonly value: number } {
    this._api("getCount", "1.4");
    return this._result("getCount", [], () => this._host.model.names.length);
  }
}

defineProps(FakeNamedItemCollection, {});

export class FakeNamedItem
  extends FakeClientObject<NameTarget>
  implements
    Mirror<
      Excel.NamedItem,
      | "name"
      | "formula"
      | "type"
      | "visible"
      | "comment"
      | "getRange"
      | "getRangeOrNullObject"
      | "load"
      | "isNullObject"
    >
{
  declare readonly name: string;
  declare formula: Excel.NamedItem["formula"];
  declare readonly type: Excel.NamedItem["type"];
  declare visible: boolean;
  declare comment: string;

  constructor(context: ContextLike, source: ConstructorParameters<typeof FakeClientObject<NameTarget>>[2]) {
    super(context, "NamedItem", source);
  }

  private _ref(orNull: boolean): FakeRange {
    const location = orNull ? "NamedItem.getRangeOrNullObject" : "NamedItem.getRange";
    return FakeRange.derived(this.context, location, [], () => {
      const item = nameParts(this, location);
      const p = parseAddress(item.formula.replace(/^=/, ""));
      const sheet = p?.sheet !== undefined ? this._host.model.sheetByName(p.sheet) : undefined;
      if (!p || !sheet) {
        if (orNull) return null;
        throw officeErrors.invalidOperation(location);
      }
      return { sheetId: sheet.id, rect: p.rect };
    });
  }

  getRange(): FakeRange {
    return this._ref(false);
  }

  getRangeOrNullObject(): FakeRange {
    return this._ref(true);
  }
}

defineProps<FakeNamedItem>(FakeNamedItem, {
  name: { get: (o) => nameParts(o, "NamedItem.name").name },
  formula: {
    get: (o) => nameParts(o, "NamedItem.formula").formula,
    set: (o, v) => {
      if (typeof v !== "string" || v === "") throw officeErrors.invalidArgument("NamedItem.formula");
      nameParts(o, "NamedItem.formula").formula = v.startsWith("=") ? v : `=${v}`;
    },
  },
  type: {
    get: (o) => {
      const f = nameParts(o, "NamedItem.type").formula.replace(/^=/, "");
      return parseAddress(f) ? "Range" : /^-?\d/.test(f) ? "Double" : /^"/.test(f) ? "String" : "Error";
    },
  },
  visible: {
    get: (o) => nameParts(o, "NamedItem.visible").visible,
    set: (o, v) => {
      if (typeof v !== "boolean") throw officeErrors.invalidArgument("NamedItem.visible");
      nameParts(o, "NamedItem.visible").visible = v;
    },
  },
  comment: {
    get: (o) => nameParts(o, "NamedItem.comment").comment,
    set: (o, v) => {
      if (typeof v !== "string") throw officeErrors.invalidArgument("NamedItem.comment");
      nameParts(o, "NamedItem.comment").comment = v;
    },
  },
});
