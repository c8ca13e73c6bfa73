import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ImportResult } from "../../../domain/import/model";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A long list is a sign of a wrong header row; past this many lines the rest are counted. */
const MAX_LINES = 30;

/** The Russian lines of what a transfer leaves out, and what the user must fill by hand. */
export function leftLines(r: ImportResult): { left: string[]; fill: string[] } {
  const left: string[] = [];
  for (const s of r.sheets) {
    if (s.skipped.length > 0)
      left.push(`Лист «${s.sheet}», строки ${s.skipped.map((k) => `${k.row} (${k.reason})`).join(", ")}`);
    for (const n of s.notPlaced) left.push(`Лист «${s.sheet}», ${n.cell} «${n.value}» — ${n.reason}`);
    for (const p of s.repeats)
      left.push(`Лист «${s.sheet}», строка ${p.row}: пара не добавлена — повтор ${p.of}`);
  }
  for (const n of r.notImported) left.push(`Лист «${n.sheet}» — ${n.reason}`);
  const bySheet = new Map<string, string[]>();
  for (const m of r.missingRequired) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), `«${m.column}»`]);
  const fill = [...bySheet].map(([sheet, cols]) => `${sheet}: ${cols.join(", ")}`);
  return { left, fill };
}

/** «Не переносится» and «Заполните вручную» of a transfer, before or after it is written. */
export function AdoptLeft({ result, future }: { result: ImportResult; future: boolean }) {
  const styles = useStyles();
  const { left, fill } = leftLines(result);
  if (left.length === 0 && fill.length === 0) return null;
  return (
    <div className={styles.root}>
      {left.length > 0 && (
        <>
          <Text as="p" weight="semibold">
            {future ? "Не перенесётся (с причиной)" : "Не перенесено (с причиной)"}
          </Text>
          <ul className={styles.list} aria-label={future ? "Не перенесётся" : "Не перенесено"}>
            {left.slice(0, MAX_LINES).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {left.length > MAX_LINES && <li>…и ещё {left.length - MAX_LINES}</li>}
          </ul>
        </>
      )}
      {fill.length > 0 && (
        <>
          <Text as="p" weight="semibold">
            Заполните вручную (обязательные столбцы без источника)
          </Text>
          <ul className={styles.list} aria-label="Заполните вручную">
            {fill.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
