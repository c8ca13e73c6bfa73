/**
 * Excel.RangeAreas, as far as the adapter reads it: the rectangles of a sheet that
 * `Range.getSpecialCellsOrNullObject("Visible")` (ExcelApi 1.9) and
 * `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13) answer with, read through `address`
 * («Лист1!A1:F7, Лист1!A9:F12», each block with its sheet, as Office writes it) and `areaCount`.
 */
import type { Rect } from "./address";
import { defineProps, FakeClientObject, type ContextLike, type Mirror } from "./proxy/clientObject";

export interface AreasTarget {
  sheetId: string;
  rects: Rect[];
}

type AreasSource = ConstructorParameters<typeof FakeClientObject<AreasTarget>>[2];

export class FakeRangeAreas
  extends FakeClientObject<AreasTarget>
  implements Mirror<Excel.RangeAreas, "address" | "areaCount" | "load" | "isNullObject">
{
  declare readonly address: string;
  declare readonly areaCount: number;

  constructor(context: ContextLike, source: AreasSource) {
    super(context, "RangeAreas", source);
  }
}

defineProps<FakeRangeAreas>(FakeRangeAreas, {
  address: {
    get: (o) => {
      const t = o._t("RangeAreas.address");
      const model = o._host.model;
      const sheet = model.requireSheet(t.sheetId, "RangeAreas.address");
      return t.rects.map((r) => model.address(sheet, r)).join(", ");
    },
  },
  areaCount: { get: (o) => o._t("RangeAreas.areaCount").rects.length },
});
