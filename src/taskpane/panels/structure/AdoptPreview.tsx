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
import { rowCells } from "../../../domain/import/importPlan";
import type { Conversion, ImportResult, TargetRow } from "../../../domain/import/model";
import { listSheets, type ListSheetSpec } from "../../../domain/template/sheets";
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
  // A changed value: a brand tint and a dotted underline (not colour alone).
  converted: {
    backgroundColor: tokens.colorBrandBackground2,
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
  },
  // A value that could not be read: colour and a wavy underline (the mark must not depend on seeing red).
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

/** Rows shown per sheet: enough to judge the transfer, few enough for a 320 px pane. */
export const PREVIEW_ROWS = 5;

const conversionKey = (sheet: string, row: number, target: string, header: string) =>
  `${sheet}\u0000${row}\u0000${target}\u0000${header}`;

/** The conversions of the preview by the written cell they explain. */
export function conversionIndex(result: ImportResult): Map<string, Conversion> {
  const index = new Map<string, Conversion>();
  for (const c of result.conversions) {
    const row = Number(/\d+/.exec(c.cell)?.[0]);
    for (const header of Object.keys(c.to)) {
      const key = conversionKey(c.sheet, row, c.target, header);
      // A value unreadable wins over another note of the same cell.
      if (!index.has(key) || c.kind === "unreadable") index.set(key, c);
    }
  }
  return index;
}

interface SheetTableProps {
  readonly spec: ListSheetSpec;
  readonly rows: readonly TargetRow[];
  readonly extras: readonly string[];
  readonly index: ReadonlyMap<string, Conversion>;
}

function SheetTable({ spec, rows, extras, index }: SheetTableProps) {
  const styles = useStyles();
  const shown = rows.slice(0, PREVIEW_ROWS);
  const headers = [...spec.columns.map((c) => c.header), ...extras];
  const cells = shown.map((r) => rowCells(spec, r, extras.length));
  // Only columns with a value: the others would be empty in every row and only widen the table.
  const used = headers.map((_, i) => rows.some((r) => rowCells(spec, r, extras.length)[i] !== null));
  const id = `adopt-preview-${spec.id}`;
  // One source sheet: its row number says enough; several: the sheet too.
  const oneSheet = new Set(rows.map((r) => r.source?.sheet)).size <= 1;
  const from = (r: TargetRow) =>
    r.source ? (oneSheet ? String(r.source.row) : `${r.source.sheet}, ${r.source.row}`) : "—";
  return (
    <div className={styles.root}>
      <Subtitle2 as="h4" id={id} className={styles.heading}>
        {spec.name}: {countOf(rows.length, ROWS_NOMINATIVE)}
        {rows.length > shown.length ? `, первые ${shown.length}` : ""}
      </Subtitle2>
      <div className={styles.scroller} role="region" aria-labelledby={id} tabIndex={0}>
        <Table className={styles.table} size="extra-small" aria-label={`Предпросмотр: ${spec.name}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell}>
                {oneSheet && rows[0]?.source ? `Строка листа «${rows[0].source.sheet}»` : "Откуда"}
              </TableHeaderCell>
              {headers.map((h, i) =>
                used[i] ? (
                  <TableHeaderCell key={h} className={styles.cell}>
                    {h}
                  </TableHeaderCell>
                ) : null,
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((r, n) => (
              <TableRow key={n}>
                <TableCell className={mergeClasses(styles.cell, styles.rowNumber)}>{from(r)}</TableCell>
                {headers.map((h, i) => {
                  if (!used[i]) return null;
                  const text = planValueText(cells[n][i]);
                  const c =
                    r.source && text !== ""
                      ? index.get(conversionKey(r.source.sheet, r.source.row, spec.name, h))
                      : undefined;
                  const why = c ? `«${c.from}» → ${c.note}` : undefined;
                  return (
                    <TableCell
                      key={h}
                      className={mergeClasses(
                        styles.cell,
                        c && (c.kind === "unreadable" ? styles.problem : styles.converted),
                      )}
                      title={why ? `${text} — ${why}` : text}
                      data-conversion={c ? c.kind : undefined}
                    >
                      {text}
                      {why && <span className={styles.hidden}> — {why}</span>}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {extras.length > 0 && (
        <Text as="p" size={200} className={styles.muted}>
          Дополнительные столбцы (с заголовками вашего листа): {extras.map((h) => `«${h}»`).join(", ")}.
        </Text>
      )}
    </div>
  );
}

/** The rows as they will be written, sheet by sheet; changed values and unreadable ones marked. */
export function AdoptPreview({ result }: { result: ImportResult }) {
  const styles = useStyles();
  const index = conversionIndex(result);
  const targets = listSheets.filter((s) => result.book.lists[s.id].rows.length > 0);
  if (targets.length === 0)
    return (
      <Text as="p" block className={styles.muted}>
        Под строкой заголовков нет строк с данными в распознанных столбцах.
      </Text>
    );
  return (
    <section className={styles.root} aria-labelledby="adopt-preview-heading">
      <Subtitle2 as="h3" id="adopt-preview-heading" className={styles.heading}>
        Что будет записано
      </Subtitle2>
      {targets.map((spec) => (
        <SheetTable
          key={spec.id}
          spec={spec}
          rows={result.book.lists[spec.id].rows}
          extras={result.book.lists[spec.id].extraColumns.map((e) => e.header)}
          index={index}
        />
      ))}
      {result.conversions.length > 0 && (
        <Text as="p" block size={200}>
          Преобразовано значений: {result.conversions.length}. Они отмечены пунктиром
          {result.unreadable > 0
            ? `; не прочитано ${result.unreadable} — они подчёркнуты волной и будут записаны как текст`
            : ""}
          . После переноса появится их список с адресами ячеек.
        </Text>
      )}
    </section>
  );
}
