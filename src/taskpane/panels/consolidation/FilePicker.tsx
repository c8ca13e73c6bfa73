import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The .xlsx MIME type as well as the extension: some pickers filter by one, some by the other. */
const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * «Выбрать файлы» (a hidden multi-file input behind a Fluent button) inside a drop zone. Desktop
 * Excel's web view may not deliver dropped files; the button always works.
 */
export function FilePicker({ disabled, onPick }: { disabled: boolean; onPick: (files: File[]) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (!disabled && files.length > 0) onPick(files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="consolidation-drop"
      onDragOver={(e) => {
        // Without preventDefault the browser opens the dropped file instead of handing it over.
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? "none" : "copy";
        setOver(!disabled);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        Выбрать файлы
      </Button>
      <Caption1 className={styles.muted}>
        или перетащите сюда файлы .xlsx: книги школ, выгрузки «Данные отчёта», формы мониторинга, своды
        муниципалитетов
      </Caption1>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Файлы школ"
        data-testid="consolidation-files"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so that picking the same files again (after fixing one) is a change too.
          e.currentTarget.value = "";
          if (files.length > 0) onPick(files);
        }}
      />
    </div>
  );
}
