import { Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../../domain/issues";
import type { SheetProposal, SourceColumn } from "../../../domain/import/proposal";
import { headerColumns, type ListSheetSpec } from "../../../domain/template/sheets";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  dropdown: { minWidth: 0, width: "100%" },
});

/** The option that leaves a template column empty. */
export const NOT_MAPPED = "none";
export const NOT_MAPPED_TEXT = "— не переносить —";

/** A source column as the user sees it, e.g. «C: Ф.И.О.». */
export const sourceLabel = (c: SourceColumn) => `${columnLetter(c.col)}: ${c.header}`;

export interface MappingFieldsProps {
  readonly spec: ListSheetSpec;
  readonly proposal: SheetProposal;
  readonly onMap: (key: string, col: number | null) => void;
  readonly disabled?: boolean;
}

/** How a reading-only column is named in the list: what it fills. */
function labelOf(spec: ListSheetSpec, key: string): string {
  const c = headerColumns(spec).find((x) => x.key === key)!;
  if (c.type.kind === "period") return `${c.header} (дата начала и окончания)`;
  if (c.type.kind === "orderRef") return `${c.header} (№ и дата в одной ячейке)`;
  return c.header;
}

/**
 * One field per template column (required ones marked *), and the reading-only columns of the
 * sheet («Срок наставничества», «Приказ»), each choosing the source column it is read from. A list
 * of labelled fields rather than a table: it stays readable at 320 px.
 */
export function MappingFields({ spec, proposal, onMap, disabled }: MappingFieldsProps) {
  const styles = useStyles();
  const byCol = new Map(proposal.columns.map((c) => [c.col, c]));
  const joined = proposal.nameColumns.map((col) => byCol.get(col)).filter((c) => c !== undefined);
  return (
    <div className={styles.root}>
      <Text as="p" size={200}>
        Для каждого столбца шаблона выберите столбец вашего листа. Звёздочкой отмечены обязательные.
      </Text>
      {headerColumns(spec).map((column) => {
        const col = proposal.map[column.key];
        const source = col === undefined ? undefined : byCol.get(col);
        const isFio = column.key === "fio" && source === undefined && joined.length > 0;
        const missing = column.required && source === undefined && !isFio;
        return (
          <Field
            key={column.key}
            label={labelOf(spec, column.key)}
            required={column.required}
            validationState={missing ? "warning" : "none"}
            validationMessage={
              missing ? "Обязательный столбец: выберите столбец листа или задайте значение ниже" : undefined
            }
            hint={
              isFio ? `Собирается из столбцов ${joined.map((c) => `«${c.header}»`).join(", ")}` : undefined
            }
          >
            <Dropdown
              className={styles.dropdown}
              size="small"
              disabled={disabled}
              value={source ? sourceLabel(source) : NOT_MAPPED_TEXT}
              selectedOptions={[source ? String(source.col) : NOT_MAPPED]}
              onOptionSelect={(_event, data) => {
                const value = data.optionValue;
                onMap(column.key, value === undefined || value === NOT_MAPPED ? null : Number(value));
              }}
            >
              <Option value={NOT_MAPPED}>{NOT_MAPPED_TEXT}</Option>
              {proposal.columns.map((c) => (
                <Option key={c.col} value={String(c.col)}>
                  {sourceLabel(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
