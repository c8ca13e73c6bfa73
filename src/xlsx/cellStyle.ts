/** The plan's CellStyle as the style parts ExcelJS sets on a cell. */
import type { Alignment, Borders, Cell, Fill, Font } from "exceljs";
import type { CellStyle } from "../domain/plan/writePlan";

export interface StyleParts {
  readonly font?: Partial<Font>;
  readonly fill?: Fill;
  readonly alignment?: Partial<Alignment>;
  readonly border?: Partial<Borders>;
}

export const NO_STYLE: StyleParts = {};

// The colour Excel gives hyperlinks in its default theme.
const LINK_COLOR = "#0563C1";

/** `#RRGGBB` → ExcelJS's ARGB `FFRRGGBB` (opaque). */
export function argbOf(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Цвет в плане записи должен быть вида #RRGGBB, а не «${hex}»`);
  return `FF${m[1].toUpperCase()}`;
}

export function solidFill(hex: string): Fill {
  const color = { argb: argbOf(hex) };
  // Cell fills use fgColor; differential (conditional) fills are read from bgColor: set both.
  return { type: "pattern", pattern: "solid", fgColor: color, bgColor: color };
}

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };

export function styleParts(style: CellStyle | undefined): StyleParts {
  if (style === undefined) return NO_STYLE;
  const font: Partial<Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argbOf(style.fontColor) };
  const alignment: Partial<Alignment> = {};
  if (style.wrap) alignment.wrapText = true;
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.wrap) alignment.vertical = "top";
  return {
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(style.fill !== undefined ? { fill: solidFill(style.fill) } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
    ...(style.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
  };
}

/** The same parts with the font of a hyperlink (blue, underlined) on top. */
export function linkStyleParts(parts: StyleParts): StyleParts {
  return { ...parts, font: { ...parts.font, color: { argb: argbOf(LINK_COLOR) }, underline: true } };
}

/** Sets the parts on a cell; the objects are shared between cells and never mutated. */
export function applyStyleParts(cell: Cell, parts: StyleParts): void {
  if (parts.font !== undefined) cell.font = parts.font;
  if (parts.fill !== undefined) cell.fill = parts.fill;
  if (parts.alignment !== undefined) cell.alignment = parts.alignment;
  if (parts.border !== undefined) cell.border = parts.border;
}
