import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  SpinButton,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { RefObject } from "react";
import { listSheets, type ListSheetId } from "../../../domain/template/sheets";
import type { AdoptState } from "../../hooks/useAdopt";
import { countOf, ROWS_ACCUSATIVE } from "../../text/russian";
import { AdoptPreview } from "./AdoptPreview";
import { AdoptResultView } from "./AdoptResultView";
import { MappingFields } from "./MappingFields";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  // Fluent's Dropdown asks for 250 px; in a 320 px pane it must take the width it is given.
  dropdown: { minWidth: 0, width: "100%" },
  spin: { width: "8em" },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AdoptSectionProps {
  readonly adopt: AdoptState;
  /** True while the first read of the workbook is under way. */
  readonly loading: boolean;
  readonly loadError: string | null;
  /** The sheet picker, focused when another part of the panel asks to adopt a sheet. */
  readonly sheetPicker: RefObject<HTMLButtonElement>;
}

export function AdoptSection({ adopt, loading, loadError, sheetPicker }: AdoptSectionProps) {
  const styles = useStyles();
  const { mapping, spec, converted } = adopt;
  const count = converted?.rows.length ?? 0;
  const targetName = spec?.name ?? "";
  const headerRows = adopt.headerRows;

  return (
    <section className={styles.root} aria-labelledby="adopt-heading">
      <Subtitle2 as="h2" id="adopt-heading" className={styles.heading}>
        Перенести лист
      </Subtitle2>
      <Text as="p" block>
        Перенесёт строки вашего списка (например, «Банк наставников» со своими заголовками) в таблицу шаблона.
        Исходный лист не изменится.
      </Text>

      {loadError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Не удалось прочитать книгу</MessageBarTitle>
            <div>{loadError}</div>
          </MessageBarBody>
        </MessageBar>
      )}

      <Field label="Лист с данными" hint={loading ? "Читаю листы книги…" : undefined}>
        <Dropdown
          ref={sheetPicker}
          className={styles.dropdown}
          placeholder={adopt.sources.length ? "Выберите лист" : "В книге нет листов для переноса"}
          disabled={loading || adopt.sources.length === 0 || adopt.importing}
          value={adopt.sheet ?? ""}
          selectedOptions={adopt.sheet ? [adopt.sheet] : []}
          onOptionSelect={(_event, data) => adopt.chooseSheet(data.optionValue ?? null)}
        >
          {adopt.sources.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field label="Куда перенести">
        <Dropdown
          className={styles.dropdown}
          placeholder="Выберите лист шаблона"
          disabled={adopt.sheet === null || adopt.importing}
          value={targetName}
          selectedOptions={adopt.target ? [adopt.target] : []}
          onOptionSelect={(_event, data) =>
            adopt.chooseTarget((data.optionValue as ListSheetId | undefined) ?? null)
          }
        >
          {listSheets.map((s) => (
            <Option key={s.id} value={s.id}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {mapping && spec && headerRows && (
        <>
          <Field
            label="Строка заголовков"
            hint={
              mapping.columns.length && Object.values(mapping.map).some((c) => c !== undefined)
                ? `Найдена по названиям столбцов: строка ${mapping.headerRow}. Измените, если заголовки в другой строке.`
                : "Названия столбцов не распознаны: укажите строку заголовков и сопоставьте столбцы вручную."
            }
          >
            <SpinButton
              className={styles.spin}
              value={mapping.headerRow}
              min={headerRows.min}
              max={headerRows.max}
              disabled={adopt.importing}
              onChange={(_event, data) => {
                const typed = data.value ?? Number.parseInt(data.displayValue ?? "", 10);
                if (typed !== null && Number.isInteger(typed)) {
                  adopt.chooseHeaderRow(Math.min(headerRows.max, Math.max(headerRows.min, typed)));
                }
              }}
            />
          </Field>

          <MappingFields spec={spec} mapping={mapping} onMap={adopt.mapColumn} disabled={adopt.importing} />

          {adopt.unmapped.length > 0 && (
            <Text as="p" block className={styles.muted}>
              Не переносятся (останутся только на исходном листе):{" "}
              {adopt.unmapped.map((c) => `«${c.header}»`).join(", ")}.
            </Text>
          )}

          {adopt.missingRequired.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Не выбраны обязательные столбцы</MessageBarTitle>
                <div>
                  {adopt.missingRequired.map((c) => `«${c.header}»`).join(", ")}. Строки можно перенести и без
                  них, но проверка отметит пустые значения — заполните их на листе «{spec.name}» после
                  переноса.
                </div>
              </MessageBarBody>
            </MessageBar>
          )}

          {adopt.preview && converted && (
            <AdoptPreview spec={spec} mapping={mapping} preview={adopt.preview} total={converted} />
          )}

          <Button
            className={styles.button}
            appearance="primary"
            disabled={count === 0 || adopt.importing}
            onClick={() => void adopt.importRows()}
            icon={adopt.importing ? <Spinner size="tiny" aria-label="Выполняется" /> : undefined}
          >
            {count === 0 ? "Нет строк для переноса" : `Перенести ${countOf(count, ROWS_ACCUSATIVE)}`}
          </Button>
        </>
      )}

      {adopt.warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Перенос не выполнен</MessageBarTitle>
            <div>{adopt.warning}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {adopt.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Перенос не выполнен</MessageBarTitle>
            <div>{adopt.error}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {adopt.result && <AdoptResultView result={adopt.result} />}
    </section>
  );
}
