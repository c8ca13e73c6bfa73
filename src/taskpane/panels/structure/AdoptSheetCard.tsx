import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  makeStyles,
  Option,
  SpinButton,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { LIST_TARGETS } from "../../../domain/import/proposal";
import { listSheet, type ListSheetId } from "../../../domain/template/sheets";
import type { AdoptSheet } from "../../hooks/useAdopt";
import { AdoptConstants } from "./AdoptConstants";
import { MappingFields } from "./MappingFields";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    "& p": { margin: 0 },
  },
  heading: { margin: 0, overflowWrap: "anywhere" },
  dropdown: { minWidth: 0, width: "100%" },
  spin: { width: "8em" },
  muted: { color: tokens.colorNeutralForeground3 },
  panel: { margin: 0, padding: 0 },
});

const NOT_TRANSFERRED = "none";

export interface AdoptSheetCardProps {
  readonly sheet: AdoptSheet;
  readonly disabled: boolean;
  readonly onTarget: (target: ListSheetId | null) => void;
  readonly onHeaderRow: (row: number) => void;
  readonly onMap: (key: string, col: number | null) => void;
  readonly onConstant: (target: ListSheetId, key: string, text: string) => void;
}

/** One chosen sheet: where it goes, its header row, its columns and the values for all its rows. */
export function AdoptSheetCard({
  sheet,
  disabled,
  onTarget,
  onHeaderRow,
  onMap,
  onConstant,
}: AdoptSheetCardProps) {
  const styles = useStyles();
  const p = sheet.proposal;
  const target = p.target !== null && p.target !== "info" && p.target !== "settings" ? p.target : null;
  const spec = target ? listSheet(target) : null;
  const id = `adopt-sheet-${sheet.name.replace(/\W+/gu, "-")}`;
  const mappedCount = Object.keys(p.map).length + (p.nameColumns.length > 0 ? 1 : 0);

  return (
    <section className={styles.card} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        Лист «{sheet.name}»
      </Subtitle2>
      <Field label="Куда перенести">
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={spec?.name ?? "— не переносить —"}
          selectedOptions={[target ?? NOT_TRANSFERRED]}
          onOptionSelect={(_e, d) =>
            onTarget(
              d.optionValue === NOT_TRANSFERRED || d.optionValue === undefined
                ? null
                : (d.optionValue as ListSheetId),
            )
          }
        >
          {LIST_TARGETS.map((t) => (
            <Option key={t} value={t}>
              {listSheet(t).name}
            </Option>
          ))}
          <Option value={NOT_TRANSFERRED}>— не переносить —</Option>
        </Dropdown>
      </Field>
      {p.reason && (
        <Text as="p" block className={styles.muted}>
          {target
            ? `Не перенесётся: ${p.reason}.`
            : `Лист не распознан (${p.reason}): выберите, куда его перенести.`}
        </Text>
      )}
      {spec && p.rows && (
        <Field
          label="Строка заголовков"
          hint={
            p.headerRow !== null
              ? `Строка ${p.headerRow}: распознано столбцов — ${mappedCount}. Измените, если заголовки в другой строке.`
              : "Укажите строку, в которой записаны заголовки столбцов."
          }
        >
          <SpinButton
            className={styles.spin}
            value={p.headerRow ?? p.rows.first}
            min={p.rows.first}
            max={p.rows.last}
            disabled={disabled}
            onChange={(_e, d) => {
              const typed = d.value ?? Number.parseInt(d.displayValue ?? "", 10);
              if (typed !== null && Number.isInteger(typed))
                onHeaderRow(Math.min(p.rows!.last, Math.max(p.rows!.first, typed)));
            }}
          />
        </Field>
      )}
      {spec && target && p.headerRow !== null && (
        <Accordion collapsible multiple>
          <AccordionItem value="columns">
            <AccordionHeader size="small">Столбцы: распознано {mappedCount}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <MappingFields spec={spec} proposal={p} onMap={onMap} disabled={disabled} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="constants">
            <AccordionHeader size="small">Значения для всех строк</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <AdoptConstants
                sheet={sheet.name}
                target={target}
                map={p.map}
                values={sheet.constants[target] ?? {}}
                proposal={p}
                onChange={onConstant}
                disabled={disabled}
              />
              {p.pairsMap !== null && (
                <AdoptConstants
                  sheet={sheet.name}
                  target="pairs"
                  map={p.pairsMap}
                  values={sheet.constants.pairs ?? {}}
                  proposal={{ ...p, constants: {}, orderCell: null }}
                  onChange={onConstant}
                  disabled={disabled}
                />
              )}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
