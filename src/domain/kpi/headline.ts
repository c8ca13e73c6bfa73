/**
 * A KPI's figure in one short text, for a tile of the pane's overview: a share as «90,9 %», a count
 * as «18», the mentor load as its mean, satisfaction as the two means. Numbers in the one Russian
 * style (format/numbers.ts); the full figures stay on the cards.
 */
import { countText, decimalText, percentText } from "../format/numbers";
import type { KpiDef } from "./define";
import type {
  CountResult,
  GroupsResult,
  KpiValues,
  LoadResult,
  SatisfactionResult,
  ShareResult,
} from "./types";

export interface Headline {
  /** The figure: «90,9 %», «18», «2,7», «6,3 / 9». */
  readonly text: string;
  /** What the figure is, said beside it to screen readers and in the tile's tooltip. */
  readonly unit?: string;
}

export function headlineOf(def: Pick<KpiDef, "id" | "kind">, values: KpiValues): Headline {
  const v = values[def.id];
  switch (def.kind) {
    case "share":
    case "plan":
      return { text: percentText((v as ShareResult).value) };
    case "groups":
      return { text: countText((v as GroupsResult).value) };
    case "count":
      return { text: countText((v as CountResult).value) };
    case "load":
      return { text: decimalText((v as LoadResult).mean), unit: "наставляемых на наставника в среднем" };
    case "satisfaction": {
      const s = v as SatisfactionResult;
      return {
        text: `${decimalText(s.mentor.mean)} / ${decimalText(s.mentee.mean)}`,
        unit: "оценки наставников / наставляемых, от 1 до 10",
      };
    }
  }
}
