import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Conversion } from "../../../domain/structure/adopt";
import type { AdoptResult } from "../../hooks/useAdopt";
import { countOf, plural, ROWS_NOMINATIVE } from "../../text/russian";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** A long list of problems is a sign of a wrong mapping; past this many, the rest are counted. */
const MAX_LISTED = 50;

export const problemText = (p: Conversion) => `Строка ${p.row}, «${p.header}»: «${p.value}» — ${p.reason}`;

export function AdoptResultView({ result }: { result: AdoptResult }) {
  const styles = useStyles();
  const verb = plural(result.rows, ["Перенесена", "Перенесено", "Перенесено"]);
  const listed = result.problems.slice(0, MAX_LISTED);
  const rest = result.problems.length - listed.length;

  return (
    <>
      <MessageBar intent="success" layout="multiline" aria-live="polite">
        <MessageBarBody>
          <MessageBarTitle>
            {verb} {countOf(result.rows, ROWS_NOMINATIVE)} на лист «{result.sheet}»
          </MessageBarTitle>
          <div>
            Исходный лист «{result.source}» не изменён: когда проверите перенесённые строки, его можно
            удалить.
          </div>
        </MessageBarBody>
      </MessageBar>
      {result.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              Не преобразовано {result.problems.length}{" "}
              {plural(result.problems.length, ["значение", "значения", "значений"])}
            </MessageBarTitle>
            <div>Они перенесены как записаны; исправьте их на листе «{result.sheet}».</div>
            <ul className={styles.list} aria-label="Не преобразованные значения">
              {listed.map((p) => (
                <li key={`${p.row}:${p.col}:${p.header}`}>{problemText(p)}</li>
              ))}
              {rest > 0 && <li>…и ещё {rest}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
