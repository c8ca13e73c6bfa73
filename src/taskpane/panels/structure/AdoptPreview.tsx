import {
  makeStyles,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Conversion, ConversionResult, Mapping } from "../../../domain/structure/adopt";
import type { ListSheetSpec } from "../../../domain/template/sheets";
import { planValueText } from "../../text/planValueText";
import { countOf, ROWS_NOMINATIVE } from "../../text/russian";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  // The table is as wide as its content and scrolls inside this box, so the pane never scrolls sideways.
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { width: "max-content", minWidth: "100%", tableLayout: "auto" },
  cell: { whiteSpace: "nowrap", maxWidth: "16em", overflow: "hidden", textOverflow: "ellipsis" },
  rowNumber: { color: tokens.colorNeutralForeground3 },
  // Colour and a wavy underline: the mark must not depend on seeing red.
  problem: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationColor: tokens.colorStatusDangerForeground1,
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AdoptPreviewProps {
  readonly spec: ListSheetSpec;
  readonly mapping: Mapping;
  /** The first rows, with the problems found in them. */
  readonly preview: ConversionResult;
  /** All rows, for the counts. */
  readonly total: ConversionResult;
}

/** The first rows as they will be written: converted values, unconvertible cells marked. */
export function AdoptPreview({ spec, mapping, preview, total }: AdoptPreviewProps) {
  const styles = useStyles();
  // Only mapped columns: the others would be empty in every row and only widen the table.
  const shown = spec.columns
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => mapping.map[c.key] !== undefined);
  const problems = new Map<string, Conversion>(preview.problems.map((p) => [`${p.row}:${p.header}`, p]));
  const n = total.rows.length;

  if (n === 0) {
    return (
      <Text as="p" block className={styles.muted}>
        Под строкой заголовков нет строк с данными в выбранных столбцах.
      </Text>
    );
  }

  return (
    <div className={styles.root}>
      <Subtitle2 as="h3" id="adopt-preview-heading" className={styles.heading}>
        {n > preview.rows.length
          ? `Первые ${countOf(preview.rows.length, ROWS_NOMINATIVE)} из ${n}`
          : `Все ${countOf(n, ROWS_NOMINATIVE)}`}{" "}
        после переноса
      </Subtitle2>
      <div className={styles.scroller} role="region" aria-labelledby="adopt-preview-heading" tabIndex={0}>
        <Table className={styles.table} size="extra-small" aria-label="Предпросмотр переноса">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell}>Строка</TableHeaderCell>
              {shown.map(({ c }) => (
                <TableHeaderCell key={c.key} className={styles.cell}>
                  {c.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.map((row) => (
              <TableRow key={row.row}>
                <TableCell className={mergeClasses(styles.cell, styles.rowNumber)}>{row.row}</TableCell>
                {shown.map(({ c, index }) => {
                  const problem = problems.get(`${row.row}:${c.header}`);
                  const text = planValueText(row.values[index] ?? null);
                  return (
                    <TableCell
                      key={c.key}
                      className={mergeClasses(styles.cell, problem && styles.problem)}
                      title={problem ? `${text} — ${problem.reason}` : text}
                      data-problem={problem ? "true" : undefined}
                    >
                      {text}
                      {problem && <span className={styles.hidden}> — {problem.reason}</span>}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {total.problems.length > 0 && (
        <Text as="p" block size={200}>
          Не удалось преобразовать значений: {total.problems.length}. Они подчёркнуты и будут перенесены как
          записаны, а после переноса появится их список.
        </Text>
      )}
    </div>
  );
}
