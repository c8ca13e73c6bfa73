import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { RefObject } from "react";
import type { AdoptState } from "../../hooks/useAdopt";
import { countOf, ROWS_ACCUSATIVE } from "../../text/russian";
import { AdoptLeft } from "./AdoptLeft";
import { AdoptPreview } from "./AdoptPreview";
import { AdoptResultView } from "./AdoptResultView";
import { AdoptSheetCard } from "./AdoptSheetCard";
import { AdoptTransforms } from "./AdoptTransforms";

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
  sources: { display: "flex", flexDirection: "column", minWidth: 0, margin: 0, padding: 0, border: "none" },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AdoptSectionProps {
  readonly adopt: AdoptState;
  /** True while the first read of the workbook is under way. */
  readonly loading: boolean;
  readonly loadError: string | null;
  /** The sheet boxes, one focused when another part of the panel asks to transfer its sheet. */
  readonly sheetPicker: RefObject<HTMLFieldSetElement>;
}

export function AdoptSection({ adopt, loading, loadError, sheetPicker }: AdoptSectionProps) {
  const styles = useStyles();
  const { preview } = adopt;
  const chosen = new Set(adopt.sheets.map((s) => s.name));

  return (
    <section className={styles.root} aria-labelledby="adopt-heading">
      <Subtitle2 as="h2" id="adopt-heading" className={styles.heading}>
        Перенести лист
      </Subtitle2>
      <Text as="p" block>
        Перенесёт строки ваших списков — банка наставников, базы по форме Р-145, приложения к приказу — в
        таблицы шаблона. Перед записью покажет, что и как будет преобразовано. Исходные листы не изменятся.
      </Text>

      {loadError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Не удалось прочитать книгу</MessageBarTitle>
            <div>{loadError}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {adopt.mergesUnknown && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Эта версия Excel не сообщает, какие ячейки объединены (нужен набор API ExcelApi 1.13):
            объединённые ячейки не будут заполнены вниз. Разъедините их и заполните значения, если нужно.
          </MessageBarBody>
        </MessageBar>
      )}

      <fieldset className={styles.sources} ref={sheetPicker}>
        <legend className={styles.legend}>Листы с данными</legend>
        {loading && <Text className={styles.muted}>Читаю листы книги…</Text>}
        {!loading && adopt.sources.length === 0 && (
          <Text className={styles.muted}>В книге нет листов для переноса.</Text>
        )}
        {adopt.sources.map((name) => (
          <Checkbox
            key={name}
            data-sheet={name}
            label={name}
            checked={chosen.has(name)}
            disabled={adopt.importing}
            onChange={(_e, d) => adopt.toggleSheet(name, d.checked === true)}
          />
        ))}
      </fieldset>

      {adopt.sheets.map((sheet) => (
        <AdoptSheetCard
          key={sheet.name}
          sheet={sheet}
          disabled={adopt.importing}
          onTarget={(t) => adopt.chooseTarget(sheet.name, t)}
          onHeaderRow={(row) => adopt.chooseHeaderRow(sheet.name, row)}
          onMap={(key, col) => adopt.mapColumn(sheet.name, key, col)}
          onConstant={(target, key, text) => adopt.setConstant(sheet.name, target, key, text)}
        />
      ))}

      {preview && (
        <>
          <AdoptTransforms
            transforms={adopt.transforms}
            onChange={adopt.setTransform}
            disabled={adopt.importing}
          />
          <AdoptPreview result={preview} />
          <AdoptLeft result={preview} future />
          <Button
            className={styles.button}
            appearance="primary"
            disabled={adopt.count === 0 || adopt.importing}
            onClick={() => void adopt.importRows()}
            icon={adopt.importing ? <Spinner size="tiny" aria-label="Выполняется" /> : undefined}
          >
            {adopt.count === 0
              ? "Нет строк для переноса"
              : `Перенести ${countOf(adopt.count, ROWS_ACCUSATIVE)}`}
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
