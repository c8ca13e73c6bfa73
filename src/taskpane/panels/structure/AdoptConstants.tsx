import { Dropdown, Field, Input, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import type { SheetProposal } from "../../../domain/import/proposal";
import type { ColumnSpec } from "../../../domain/template/columns";
import { listSheet, type ListSheetId } from "../../../domain/template/sheets";
import { readCell } from "../../../domain/values/readCell";

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

/** The columns a whole list often shares one value of (a list of teachers: «Категория» = «Педагог»). */
const CONSTANT_KEYS: Readonly<Record<ListSheetId, readonly string[]>> = {
  mentors: ["category", "consent"],
  mentees: ["category"],
  pairs: ["form", "kind", "status", "orderNo", "orderDate"],
  plan: ["stage", "status"],
};
const EMPTY = "";
const EMPTY_TEXT = "— нет —";

export interface AdoptConstantsProps {
  readonly sheet: string;
  readonly target: ListSheetId;
  /** Source columns the target's columns are read from (a constant fills the rows a column leaves empty). */
  readonly map: Readonly<Record<string, number>>;
  readonly values: Readonly<Record<string, string>>;
  readonly proposal: SheetProposal;
  readonly onChange: (target: ListSheetId, key: string, text: string) => void;
  readonly disabled?: boolean;
}

function ConstantField({
  column,
  value,
  hint,
  onChange,
  disabled,
}: {
  column: ColumnSpec;
  value: string;
  hint: string | undefined;
  onChange: (text: string) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const t = column.type;
  const options = t.kind === "enum" ? t.spec.values : t.kind === "yesno" ? ["да", "нет"] : null;
  const unreadable = value.trim() !== "" && readCell(value, t, false).state === "bad";
  return (
    <Field
      label={column.header}
      hint={hint}
      validationState={unreadable ? "error" : "none"}
      validationMessage={unreadable ? "Значение не читается: проверьте его (дата — ДД.ММ.ГГГГ)" : undefined}
    >
      {options ? (
        <Dropdown
          className={styles.dropdown}
          size="small"
          disabled={disabled}
          value={value || EMPTY_TEXT}
          selectedOptions={[value || EMPTY]}
          onOptionSelect={(_e, d) => onChange(d.optionValue ?? EMPTY)}
        >
          <Option value={EMPTY}>{EMPTY_TEXT}</Option>
          {options.map((v) => (
            <Option key={v} value={v}>
              {v}
            </Option>
          ))}
        </Dropdown>
      ) : (
        <Input
          size="small"
          disabled={disabled}
          value={value}
          placeholder={t.kind === "date" ? "ДД.ММ.ГГГГ" : undefined}
          onChange={(_e, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}

/**
 * «Значения для всех строк»: a value for a column the sheet leaves empty — «Категория» = «Педагог»
 * for a list of teachers, «Статус» = «Действует», the order of an annex from its title line. It
 * fills only the rows whose own cell is empty.
 */
export function AdoptConstants({
  sheet,
  target,
  map,
  values,
  proposal,
  onChange,
  disabled,
}: AdoptConstantsProps) {
  const styles = useStyles();
  const spec = listSheet(target);
  const keys = CONSTANT_KEYS[target].filter(
    (k) => map[k] === undefined || values[k] !== undefined || proposal.constants[k] !== undefined,
  );
  // «Приказ» in one cell stands in for both order columns.
  const shown = keys.filter((k) => !((k === "orderNo" || k === "orderDate") && map.order !== undefined));
  if (shown.length === 0) return null;
  return (
    <div
      className={styles.root}
      role="group"
      aria-label={`Значения для всех строк листа «${sheet}» → «${spec.name}»`}
    >
      <Text as="p" size={200}>
        {spec.name}: значение для строк, где ячейка пуста.
      </Text>
      {shown.map((key) => {
        const column = spec.columns.find((c) => c.key === key)!;
        const fromTitle =
          proposal.orderCell !== null &&
          proposal.constants[key] !== undefined &&
          values[key] === proposal.constants[key];
        return (
          <ConstantField
            key={key}
            column={column}
            value={values[key] ?? ""}
            hint={fromTitle ? `Из строки над таблицей (${proposal.orderCell})` : undefined}
            onChange={(text) => onChange(target, key, text)}
            disabled={disabled}
          />
        );
      })}
    </div>
  );
}
