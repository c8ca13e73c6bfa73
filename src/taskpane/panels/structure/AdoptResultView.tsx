import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { conversionLine } from "../../../domain/import/conversionText";
import type { AdoptResult } from "../../hooks/useAdopt";
import { LimitedList } from "../common/LimitedList";
import { countOf, plural, ROWS_NOMINATIVE } from "../../text/russian";
import { AdoptLeft } from "./AdoptLeft";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  line: { overflowWrap: "anywhere" },
});

/** What a transfer placed, converted and left — after it is written. */
export function AdoptResultView({ result }: { result: AdoptResult }) {
  const styles = useStyles();
  const total = result.placed.reduce((n, p) => n + p.rows, 0);
  const { conversions, unreadable } = result.report;
  const sources = result.sources.map((s) => `«${s}»`).join(", ");
  return (
    <div className={styles.root}>
      <MessageBar intent="success" layout="multiline" aria-live="polite">
        <MessageBarBody>
          <MessageBarTitle>
            {plural(total, ["Перенесена", "Перенесено", "Перенесено"])} {countOf(total, ROWS_NOMINATIVE)}
          </MessageBarTitle>
          <div>{result.placed.map((p) => `«${p.sheet}» — ${p.rows}`).join(", ")}.</div>
          <div>
            {result.sources.length === 1
              ? `Исходный лист ${sources} не изменён`
              : `Исходные листы ${sources} не изменены`}
            : когда проверите перенесённые строки, {result.sources.length === 1 ? "его" : "их"} можно удалить.
          </div>
        </MessageBarBody>
      </MessageBar>
      {unreadable > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              Не прочитано {unreadable} {plural(unreadable, ["значение", "значения", "значений"])}
            </MessageBarTitle>
            <div>Они записаны как текст: исправьте их (в списке ниже — с пометкой «не прочитано»).</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {conversions.length > 0 && (
        <>
          <Text as="p" weight="semibold">
            Преобразовано: {conversions.length}
          </Text>
          <LimitedList
            items={conversions}
            label="Преобразованные значения"
            pageSize={50}
            itemKey={(c, i) => `${c.sheet}:${c.cell}:${i}`}
            render={(c) => (
              <Text size={200} className={styles.line}>
                Лист «{c.sheet}», {conversionLine(c)}
              </Text>
            )}
          />
        </>
      )}
      <AdoptLeft result={result.report} future={false} />
    </div>
  );
}
