/**
 * Chart formatting the report's charts use: a series' chart type (a target drawn as a line over
 * bars, ExcelApi 1.7), its fill and line colour, and the fill of single points (schools below the
 * target). Colours are recorded on the chart's series model so tests can assert them.
 */
import { officeErrors } from "./errors";
import type { ChartSeriesData } from "./model/sheet";
import { defineProps, FakeClientObject, type ContextLike, type Mirror } from "./proxy/clientObject";

/** What a series' formatting objects reach: its model, found again at each use (after syncs). */
export interface SeriesRef {
  readonly series: (location: string) => ChartSeriesData;
}

const COLOUR = /^#[0-9A-Fa-f]{6}$/;

// The client-object proxy treats every field set on an instance as an Office property, so what a
// formatting object needs to reach its model is kept beside it, not on it.
const colourSinks = new WeakMap<object, (location: string, c: string) => void>();
const pointOf = new WeakMap<object, { ref: SeriesRef; index: number }>();
const refOf = new WeakMap<object, SeriesRef>();

function colour(v: unknown, location: string): string {
  if (typeof v !== "string" || !COLOUR.test(v)) throw officeErrors.invalidArgument(location);
  return v.toUpperCase();
}

export class FakeChartFill
  extends FakeClientObject<unknown>
  implements Mirror<Excel.ChartFill, "setSolidColor">
{
  constructor(context: ContextLike, onColour: (location: string, c: string) => void) {
    super(context, "ChartFill", { resolve: () => ({}) });
    colourSinks.set(this, onColour);
  }
  setSolidColor(color: string): void {
    const location = "ChartFill.setSolidColor";
    const sink = colourSinks.get(this)!;
    this._action("setSolidColor", [color], () => sink(location, colour(color, location)));
  }
}

export class FakeChartLineFormat
  extends FakeClientObject<SeriesRef>
  implements Mirror<Excel.ChartLineFormat, "color" | "load">
{
  declare color: string;
  constructor(context: ContextLike, ref: SeriesRef) {
    super(context, "ChartLineFormat", { resolve: () => ref });
  }
}

defineProps<FakeChartLineFormat>(FakeChartLineFormat, {
  color: {
    get: (o) => o._t("ChartLineFormat.color").series("ChartLineFormat.color").line ?? "",
    set: (o, v) => {
      const location = "ChartLineFormat.color";
      o._t(location).series(location).line = colour(v, location);
    },
  },
});

export class FakeChartSeriesFormat
  extends FakeClientObject<SeriesRef>
  implements Mirror<Excel.ChartSeriesFormat, "fill" | "line" | "load">
{
  constructor(context: ContextLike, ref: SeriesRef) {
    super(context, "ChartSeriesFormat", { resolve: () => ref });
  }
  get fill(): FakeChartFill {
    return this._child(
      "fill",
      () =>
        new FakeChartFill(this.context, (location, c) => {
          this._t(location).series(location).fill = c;
        }),
    );
  }
  get line(): FakeChartLineFormat {
    return this._child("line", () => new FakeChartLineFormat(this.context, this._t()));
  }
}

defineProps<FakeChartSeriesFormat>(FakeChartSeriesFormat, {}, ["fill", "line"]);

export class FakeChartPoint
  extends FakeClientObject<unknown>
  implements Mirror<Excel.ChartPoint, "format" | "load">
{
  constructor(context: ContextLike, ref: SeriesRef, index: number) {
    super(context, "ChartPoint", { resolve: () => ({}) });
    pointOf.set(this, { ref, index });
  }
  get format(): { readonly fill: FakeChartFill } {
    const { ref, index } = pointOf.get(this)!;
    const fill = this._child(
      "fill",
      () =>
        new FakeChartFill(this.context, (location, c) => {
          const s = ref.series(location);
          // Excel has one point per category of the series' source.
          if (index < 0 || index >= s.points) throw officeErrors.itemNotFound(location);
          s.pointFills[index] = c;
        }),
    );
    return { fill };
  }
}

defineProps<FakeChartPoint>(FakeChartPoint, {}, ["fill"]);

export class FakeChartPointsCollection
  extends FakeClientObject<unknown>
  implements Mirror<Excel.ChartPointsCollection, "getItemAt">
{
  constructor(context: ContextLike, ref: SeriesRef) {
    super(context, "ChartPointsCollection", { resolve: () => ({}) });
    refOf.set(this, ref);
  }
  getItemAt(index: number): FakeChartPoint {
    return new FakeChartPoint(this.context, refOf.get(this)!, index);
  }
}
