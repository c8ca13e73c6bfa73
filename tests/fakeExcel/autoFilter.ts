/**
 * Excel.AutoFilter of a worksheet (ExcelApi 1.9), read-only here: whether the sheet has one
 * (`enabled`) and whether it filters rows out of view (`isDataFiltered`). Rows it filters out are
 * hidden rows of the sheet model, as in Excel.
 */
import { defineProps, FakeClientObject, type ContextLike, type Mirror } from "./proxy/clientObject";
import { sheetParts, type SheetTarget } from "./worksheet";

type FilterSource = ConstructorParameters<typeof FakeClientObject<SheetTarget>>[2];

export class FakeAutoFilter
  extends FakeClientObject<SheetTarget>
  implements Mirror<Excel.AutoFilter, "enabled" | "isDataFiltered" | "load">
{
  declare readonly enabled: boolean;
  declare readonly isDataFiltered: boolean;

  constructor(context: ContextLike, source: FilterSource) {
    super(context, "AutoFilter", source);
  }
}

defineProps<FakeAutoFilter>(FakeAutoFilter, {
  enabled: { get: (o) => sheetParts(o, "AutoFilter.enabled").sheet.autoFilter !== null },
  isDataFiltered: {
    get: (o) => sheetParts(o, "AutoFilter.isDataFiltered").sheet.autoFilter?.filtered === true,
  },
});
