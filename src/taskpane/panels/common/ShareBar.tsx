/**
 * One share as a bar against its target, drawn as SVG: the track is the whole 0–100 %, the fill
 * the share in its status colour, a dark tick the target. Drawn by hand (a few rectangles): a chart
 * library would weigh more than the whole pane may load at start. Percent coordinates keep it
 * sharp at any pane width without scaling.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { StatusTone } from "../../../domain/kpi/status";
import { toneClass, useToneStyles } from "./toneStyles";

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", overflow: "visible" },
  track: { fill: tokens.colorNeutralBackground5 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: "2px" },
});

const BAR_HEIGHT = 10;
/** How far the target tick reaches above and below the bar, so it shows over a full bar too. */
const TICK = 3;

const percentOf = (fraction: number) => `${Math.min(100, Math.max(0, fraction * 100))}%`;

export interface ShareBarProps {
  /** The share as a fraction 0–1; null (no denominator) draws the track alone. */
  readonly value: number | null;
  readonly target: number | null;
  readonly tone: StatusTone;
}

/** Decorative: the text beside it says the same in words and numbers. */
export function ShareBar({ value, target, tone }: ShareBarProps) {
  const styles = useStyles();
  const tones = useToneStyles();
  return (
    <svg className={styles.svg} height={BAR_HEIGHT + 2 * TICK} aria-hidden focusable="false">
      <rect className={styles.track} x="0" y={TICK} width="100%" height={BAR_HEIGHT} rx="2" />
      {value !== null && value > 0 && (
        <rect
          className={toneClass(tones, tone, "Fill")}
          x="0"
          y={TICK}
          width={percentOf(value)}
          height={BAR_HEIGHT}
          rx="2"
          data-testid="share-bar-fill"
        />
      )}
      {target !== null && (
        <line
          className={styles.target}
          x1={percentOf(target)}
          x2={percentOf(target)}
          y1="0"
          y2={BAR_HEIGHT + 2 * TICK}
          data-testid="share-bar-target"
        />
      )}
    </svg>
  );
}
