/** What the last «Назначить» or «Записать в «Пары»» did: the rows written, or why none were. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { WriteRun } from "../../hooks/useMatching";
import { plural } from "../../text/russian";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Rows listed by name; a bigger draft is summed up by its numbers only. */
const LISTED = 10;

/** «Записана 1 строка», «Записаны 2 строки», «Записано 5 строк». */
export function writtenText(n: number, sheet: string): string {
  const verb = plural(n, ["Записана", "Записаны", "Записано"]);
  const rows = plural(n, ["строка", "строки", "строк"]);
  return `${verb} ${n} ${rows} со статусом «Планируется» на лист «${sheet}»`;
}

export function WriteResult({ run }: { run: WriteRun }) {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  // The button that was pressed may be gone (its mentee left the list) or far below: the result
  // takes the focus and comes into view, so neither the eye nor a screen reader loses the place.
  useEffect(() => {
    if (run.status !== "done" && run.status !== "failed") return;
    bar.current?.scrollIntoView?.({ block: "nearest" });
    bar.current?.focus({ preventScroll: true });
  }, [run]);

  if (run.status === "done") {
    const n = run.numbers.length;
    const numbers = n === 1 ? `№ ${run.numbers[0]}` : `№ ${run.numbers[0]}–${run.numbers[n - 1]}`;
    return (
      <MessageBar
        ref={bar}
        tabIndex={-1}
        intent="success"
        layout="multiline"
        aria-live="polite"
        data-testid="matching-written"
      >
        <MessageBarBody>
          <MessageBarTitle>{writtenText(n, run.sheet)}</MessageBarTitle>
          <div>
            {numbers}, начало — следующий рабочий день после отчётной даты. Приказ и программу заполните на
            листе, когда пары будут утверждены.
          </div>
          {n <= LISTED && (
            <ul className={styles.list}>
              {run.pairs.map((p, i) => (
                <li key={run.numbers[i]}>
                  {p.mentee} — {p.mentor}
                </li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (run.status === "failed") {
    return (
      <MessageBar ref={bar} tabIndex={-1} intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Строки не записаны</MessageBarTitle>
          <div>{run.message}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
