import {
  Badge,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ConsolidatedFile } from "../../../domain/consolidation/consolidate";
import type { ConsolidationInput } from "../../../domain/consolidation/input";
import { countBySeverity } from "../../../domain/issues";
import type { PickedFile, ReadRun } from "../../hooks/useConsolidation";
import { countOf } from "../../text/russian";
import { LimitedList } from "../common/LimitedList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  reason: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
});

const FILES = ["файл", "файла", "файлов"] as const;

/** A file's badges: its kind when it is an aggregate, and its state. */
function Badges({ input, errors }: { input: ConsolidationInput | null; errors: number }) {
  if (input === null)
    return (
      <Badge appearance="outline" color="informative">
        ожидает
      </Badge>
    );
  if (input.status === "unreadable")
    return (
      <Badge appearance="filled" color="danger">
        не читается
      </Badge>
    );
  return (
    <>
      {input.kind === "aggregate" && (
        <Badge
          appearance="tint"
          color="informative"
          title="Выгрузка «Данные отчёта»: только итоговые числа, без ФИО"
        >
          агрегат
        </Badge>
      )}
      {errors > 0 ? (
        <Badge appearance="tint" color="warning">
          есть ошибки ({errors})
        </Badge>
      ) : (
        <Badge appearance="tint" color="success">
          прочитан
        </Badge>
      )}
    </>
  );
}

function FileRow({ file, consolidated }: { file: PickedFile; consolidated: ConsolidatedFile | null }) {
  const styles = useStyles();
  // Once every file is read the cross-file checks (same code twice, …) count too.
  const input = consolidated ?? file.input;
  const errors = consolidated?.errors ?? (file.input ? countBySeverity(file.input.issues).error : 0);
  const school = [input?.school?.code, input?.school?.name].filter((x) => x).join(" ");
  return (
    <div className={styles.item} data-testid="consolidation-file">
      <div className={styles.line}>
        <Text className={styles.name}>{file.name}</Text>
        <Badges input={input} errors={errors} />
      </div>
      {school && <Caption1 className={styles.muted}>{school}</Caption1>}
      {input?.status === "unreadable" && <Caption1 className={styles.reason}>{input.error}</Caption1>}
    </div>
  );
}

export function FileList({
  run,
  consolidated,
}: {
  run: ReadRun;
  consolidated: readonly ConsolidatedFile[] | null;
}) {
  const styles = useStyles();
  if (run.status === "idle") return null;
  if (run.status === "failed")
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{run.message}</MessageBarBody>
      </MessageBar>
    );
  const total = run.files.length;
  return (
    <div className={styles.root}>
      <Field
        hint={`Прочитано ${run.done} из ${total}`}
        aria-live="polite"
        data-testid="consolidation-progress"
      >
        <ProgressBar
          value={total === 0 ? 1 : run.done / total}
          thickness="large"
          aria-label="Чтение файлов"
        />
      </Field>
      {run.skipped > 0 && (
        <Caption1 className={styles.muted}>
          Пропущено {countOf(run.skipped, FILES)} блокировки Excel («~$…»): это не книги школ.
        </Caption1>
      )}
      <LimitedList
        items={run.files}
        label="Выбранные файлы"
        itemKey={(f, i) => `${i}:${f.name}`}
        render={(f, i) => <FileRow file={f} consolidated={consolidated?.[i] ?? null} />}
      />
    </div>
  );
}
