import {
  Dropdown,
  Field,
  makeStyles,
  Option,
  shorthands,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { sourceLabel, type Mapping } from "../../../domain/structure/adopt";
import type { ListSheetSpec } from "../../../domain/template/sheets";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    ...shorthands.borderStyle("none"),
    "& p": { margin: 0 },
  },
  // The legend is the group's accessible name; the browser's default indent would misalign it.
  legend: { padding: 0 },
  heading: { margin: 0 },
  dropdown: { minWidth: 0, width: "100%" },
});

/** The option that leaves a template column empty. */
export const NOT_MAPPED = "none";
export const NOT_MAPPED_TEXT = "— не переносить —";

export interface MappingFieldsProps {
  readonly spec: ListSheetSpec;
  readonly mapping: Mapping;
  readonly onMap: (key: string, col: number | undefined) => void;
  readonly disabled?: boolean;
}

/**
 * One field per template column (catalogue order, required ones marked *), each choosing the source
 * column it is filled from. A list of labelled fields rather than a table: it stays readable at 320 px.
 */
export function MappingFields({ spec, mapping, onMap, disabled }: MappingFieldsProps) {
  const styles = useStyles();
  const byCol = new Map(mapping.columns.map((c) => [c.col, c]));

  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>
        <Subtitle2 as="h3" className={styles.heading}>
          Столбцы листа «{spec.name}»
        </Subtitle2>
      </legend>
      <Text as="p" block size={200}>
        Для каждого столбца шаблона выберите столбец вашего листа. Звёздочкой отмечены обязательные.
      </Text>
      {spec.columns.map((column) => {
        const col = mapping.map[column.key];
        const source = col === undefined ? undefined : byCol.get(col);
        const missing = column.required && col === undefined;
        return (
          <Field
            key={column.key}
            label={column.header}
            required={column.required}
            validationState={missing ? "warning" : "none"}
            validationMessage={missing ? "Обязательный столбец: выберите столбец листа" : undefined}
          >
            <Dropdown
              className={styles.dropdown}
              size="small"
              disabled={disabled}
              value={source ? sourceLabel(source) : NOT_MAPPED_TEXT}
              selectedOptions={[source ? String(source.col) : NOT_MAPPED]}
              onOptionSelect={(_event, data) => {
                const value = data.optionValue;
                onMap(column.key, value === undefined || value === NOT_MAPPED ? undefined : Number(value));
              }}
            >
              <Option value={NOT_MAPPED}>{NOT_MAPPED_TEXT}</Option>
              {mapping.columns.map((c) => (
                <Option key={c.col} value={String(c.col)}>
                  {sourceLabel(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </fieldset>
  );
}
