/**
 * One row of a list that leads to a cell: a full-width, left-aligned button whose text wraps (a
 * 320 px pane cannot fit a message on one line). Without a cell to go to, the same layout as text.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CellTarget } from "../../hooks/useSelectCell";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
    boxSizing: "border-box",
  },
  // Fluent's button centres its content and forces a minimum height of one line of text.
  button: { justifyContent: "flex-start", height: "auto", minHeight: "unset" },
  static: { color: tokens.colorNeutralForeground2 },
});

export interface CellButtonProps {
  readonly target: CellTarget | null;
  readonly onSelect: (target: CellTarget) => void;
  readonly children: ReactNode;
  /** Said to screen readers instead of the visible text, when that text alone is ambiguous. */
  readonly label?: string;
  readonly testId?: string;
}

export function CellButton({ target, onSelect, children, label, testId }: CellButtonProps) {
  const styles = useStyles();
  if (target === null) {
    return (
      <div className={mergeClasses(styles.item, styles.static)} data-testid={testId}>
        {children}
      </div>
    );
  }
  return (
    <Button
      appearance="subtle"
      className={mergeClasses(styles.item, styles.button)}
      onClick={() => onSelect(target)}
      aria-label={label}
      title={`Перейти к ячейке ${target.address} на листе «${target.sheet}»`}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
