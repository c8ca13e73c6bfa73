/**
 * A list that renders its first items and a «Показать ещё» button: a school with thousands of
 * problems must not freeze the pane by rendering them all at once.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

/** Items rendered before «Показать ещё», and how many more each click adds. */
export const PAGE_SIZE = 200;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalXS },
});

export interface LimitedListProps<T> {
  readonly items: readonly T[];
  readonly render: (item: T, index: number) => ReactNode;
  readonly itemKey: (item: T, index: number) => string;
  readonly label: string;
  readonly pageSize?: number;
}

export function LimitedList<T>({ items, render, itemKey, label, pageSize = PAGE_SIZE }: LimitedListProps<T>) {
  const styles = useStyles();
  const [limit, setLimit] = useState(pageSize);
  const rest = items.length - limit;
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {items.slice(0, limit).map((item, i) => (
          <li key={itemKey(item, i)}>{render(item, i)}</li>
        ))}
      </ul>
      {rest > 0 && (
        <Button className={styles.more} size="small" onClick={() => setLimit((n) => n + pageSize)}>
          Показать ещё ({rest})
        </Button>
      )}
    </>
  );
}
