/**
 * The pane's traffic light for a KPI's status tone (statusTones, src/domain/kpi/status.ts), in
 * Fluent tokens, so cards, tiles, the coverage chart and the «Свод» ranking colour a status alike:
 * a left edge, a text colour, and for SVG a strong fill and a light tint. `none` is neutral.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { StatusTone } from "../../../domain/kpi/status";

export const useToneStyles = makeStyles({
  goodEdge: { borderLeftColor: tokens.colorStatusSuccessBorderActive },
  warningEdge: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  badEdge: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  noneEdge: {},
  goodText: { color: tokens.colorStatusSuccessForeground1 },
  warningText: { color: tokens.colorStatusWarningForeground1 },
  badText: { color: tokens.colorStatusDangerForeground1 },
  noneText: { color: tokens.colorNeutralForeground3 },
  goodFill: { fill: tokens.colorPaletteGreenBorderActive },
  warningFill: { fill: tokens.colorPaletteMarigoldBorderActive },
  badFill: { fill: tokens.colorPaletteRedBorderActive },
  noneFill: { fill: tokens.colorBrandBackground },
  goodTint: { fill: tokens.colorPaletteGreenBackground2 },
  warningTint: { fill: tokens.colorPaletteMarigoldBackground2 },
  badTint: { fill: tokens.colorPaletteRedBackground2 },
  noneTint: { fill: tokens.colorBrandBackground2 },
});

type ToneStyles = ReturnType<typeof useToneStyles>;

/** The class of `tone` for one use: `tone(styles, "bad", "Edge")`. */
export const toneClass = (
  styles: ToneStyles,
  tone: StatusTone,
  use: "Edge" | "Text" | "Fill" | "Tint",
): string => styles[`${tone}${use}`];
