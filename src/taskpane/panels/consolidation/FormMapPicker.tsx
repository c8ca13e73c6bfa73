import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { MapState } from "../../hooks/useConsolidation";
import { countOf } from "../../text/russian";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

const LINES = ["строка", "строки", "строк"] as const;
const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * «Формы региона»: the mapping file that lets a region's own monitoring form be pooled (`--form-map`
 * of the CLI, forms.md (b)). Files without «Сведения», «Данные отчёта» and «Форма мониторинга» are
 * read through it; a malformed mapping is shown with every bad line, and nothing is consolidated.
 */
export function FormMapPicker({
  state,
  disabled,
  onPick,
}: {
  state: MapState;
  disabled: boolean;
  onPick: (file: File | null) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
          {state.status === "none" ? "Выбрать файл соответствия" : "Другой файл соответствия"}
        </Button>
        {state.status !== "none" && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onPick(null)}>
            Убрать соответствие
          </Button>
        )}
      </div>
      {state.status === "none" && (
        <Caption1 className={styles.muted}>
          Для форм региона в своём формате: файл соответствия «показатель → ячейка или наименование в форме».
        </Caption1>
      )}
      {state.status === "reading" && <Caption1 className={styles.muted}>Читаю «{state.name}»…</Caption1>}
      {state.status === "ready" && (
        <Caption1 className={styles.muted} data-testid="form-map">
          Соответствие «{state.name}»: {countOf(state.map.lines.length, LINES)}. Файлы без листов «Сведения»,
          «Данные отчёта» и «Форма мониторинга» читаются по нему.
        </Caption1>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="form-map">
          <MessageBarBody>
            <MessageBarTitle>
              Соответствие «{state.name}» составлено с ошибками — свод не выполнен
            </MessageBarTitle>
            <ul className={styles.list}>
              {state.errors.slice(0, 20).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Файл соответствия"
        data-testid="form-map-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0] ?? null;
          e.currentTarget.value = "";
          if (file !== null) onPick(file);
        }}
      />
    </div>
  );
}
