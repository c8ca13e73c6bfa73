import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { dayFromIso, isoOf, ruDateOf } from "../../../domain/values/dates";
import type { ReportDateState } from "../../hooks/useReportDate";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  field: { minWidth: 0, flexGrow: 1, flexBasis: "10em" },
});

function hintOf({ reportDate, picked, loading }: ReportDateState): string {
  if (reportDate === null)
    return loading
      ? "Читаю отчётную дату книги…"
      : "На листе «Сведения» отчётная дата не указана — выберите дату.";
  return picked === null
    ? "Отчётная дата книги (лист «Сведения»)."
    : `Отчётная дата книги: ${ruDateOf(reportDate)}.`;
}

/** The as-of date: follows «Отчётная дата» of the workbook until the user picks another. */
export function ReportDateField({ date, disabled }: { date: ReportDateState; disabled: boolean }) {
  const styles = useStyles();
  const { reportDate, picked, setPicked } = date;
  const shown = picked ?? reportDate;
  // What the user is typing: a half-typed or cleared date must not snap back while they type.
  const [typed, setTyped] = useState<string | null>(null);

  const pick = (value: string) => {
    setTyped(value);
    const day = dayFromIso(value);
    // A cleared field, or «Отчётная дата» itself, goes back to following the workbook.
    if (value === "") setPicked(null);
    else if (day !== null) setPicked(day === reportDate ? null : day);
  };

  return (
    <div className={styles.row}>
      <Field className={styles.field} label="Отчётная дата" hint={hintOf(date)}>
        <Input
          type="date"
          value={typed ?? (shown === null ? "" : isoOf(shown))}
          onChange={(_event, data) => pick(data.value)}
          onBlur={() => setTyped(null)}
          disabled={disabled}
        />
      </Field>
      {picked !== null && reportDate !== null && (
        <Button
          disabled={disabled}
          onClick={() => {
            setTyped(null);
            setPicked(null);
          }}
        >
          На отчётную дату
        </Button>
      )}
    </div>
  );
}
