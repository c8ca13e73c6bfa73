/** Filters of the issue list: which severities, which sheet. */
import {
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { severityLabels, type Severity } from "../../../domain/issues";
import { SEVERITIES, type SheetOption } from "./issueGroups";

const ALL_SHEETS = "*";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // Fluent's Dropdown asks for 250 px; in a 320 px pane it must take the width it is given.
  dropdown: { minWidth: 0, width: "100%" },
  sheetField: { marginTop: tokens.spacingVerticalS },
});

export interface IssueFiltersProps {
  readonly totals: Readonly<Record<Severity, number>>;
  readonly severities: ReadonlySet<Severity>;
  readonly onToggleSeverity: (severity: Severity) => void;
  readonly sheets: readonly SheetOption[];
  readonly sheet: string | null;
  readonly onSheet: (key: string | null) => void;
}

export function IssueFilters(props: IssueFiltersProps) {
  const styles = useStyles();
  const { totals, severities, sheets, sheet } = props;
  const selected = sheets.find((s) => s.key === sheet) ?? null;
  return (
    <div className={styles.root}>
      {/* Pressed toggles look only slightly darker than released ones: the label says what they are. */}
      <Caption1 id="issue-filter-label">Показывать:</Caption1>
      <div className={styles.toggles} role="group" aria-labelledby="issue-filter-label">
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={severities.has(s)}
            onClick={() => props.onToggleSeverity(s)}
            data-testid={`filter-${s}`}
          >
            {severityLabels[s].many} ({totals[s]})
          </ToggleButton>
        ))}
      </div>
      <Field label="Лист" className={styles.sheetField}>
        <Dropdown
          className={styles.dropdown}
          value={selected?.title ?? "Все листы"}
          selectedOptions={[selected?.key ?? ALL_SHEETS]}
          onOptionSelect={(_event, data) =>
            props.onSheet(
              data.optionValue === undefined || data.optionValue === ALL_SHEETS ? null : data.optionValue,
            )
          }
        >
          <Option value={ALL_SHEETS}>Все листы</Option>
          {sheets.map((s) => (
            <Option key={s.key} value={s.key}>
              {s.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
