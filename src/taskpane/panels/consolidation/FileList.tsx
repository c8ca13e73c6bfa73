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
import { exclusionLines } from "../../../domain/consolidation/exclusions";
import { FORM_HINT } from "../../../domain/consolidation/fromWorkbook";
import type { ConsolidationInput } from "../../../domain/consolidation/input";
import { kindLabels, statusText } from "../../../domain/consolidation/labels";
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
  inner: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  reason: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  notPooled: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
});

const FILES = ["файл", "файла", "файлов"] as const;
const SCHOOLS = ["ОО", "ОО", "ОО"] as const;

/** The pane's words for the CLI's hint: here the mapping is chosen below, not given as --form-map. */
const PANE_FORM_HINT =
  "Похоже на форму мониторинга, а не на книгу ОО: выберите ниже файл соответствия для форм региона.";

/** A file as the analyst knows it: its name, or, for a school inside a consolidation, its own file. */
const shownName = (file: string) => file.split(/[\\/#]/).pop() ?? file;

/** A file's badges: its kind when it is not a workbook, and its state («есть ошибки (3)», «не проверено»). */
function Badges({ input, errors }: { input: ConsolidationInput | null; errors: number | null }) {
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
  const state =
    input.status === "errors" ? "warning" : input.status === "unchecked" ? "informative" : "success";
  const title =
    input.status === "unchecked"
      ? "Выгрузка без сведений об ошибках (сделана до версии 2): проверить её нельзя"
      : undefined;
  return (
    <>
      {input.kind !== "workbook" && (
        <Badge appearance="tint" color="informative">
          {kindLabels[input.kind]}
        </Badge>
      )}
      <Badge appearance="tint" color={state} title={title}>
        {statusText(input.status, errors)}
      </Badge>
    </>
  );
}

/** Whether the file is in the total, and what of it is not — with the reasons. */
function PoolingNotes({ file }: { file: ConsolidatedFile }) {
  const styles = useStyles();
  const lines = exclusionLines(file.excluded);
  return (
    <>
      {file.supersededBy !== null && (
        <Caption1 className={styles.notPooled}>
          Не в итоге: заменён более новым файлом «{shownName(file.supersededBy)}» той же ОО.
        </Caption1>
      )}
      {!file.pooled && file.supersededBy === null && file.status !== "unreadable" && file.error && (
        <Caption1 className={styles.reason}>Не в итоге: {file.error}</Caption1>
      )}
      {lines.map((l) => (
        <Caption1 key={l} className={styles.muted}>
          Не включено в итог — {l}
        </Caption1>
      ))}
    </>
  );
}

function who(input: ConsolidationInput | null): string {
  return [input?.school?.code, input?.school?.name].filter((x) => x).join(" ");
}

/** One school of a municipality's consolidation (the regional level). */
function InnerRow({ file }: { file: ConsolidatedFile }) {
  const styles = useStyles();
  return (
    <div className={styles.inner} data-testid="consolidation-school">
      <div className={styles.line}>
        <Text className={styles.name}>{who(file) || file.origin?.file}</Text>
        <Badges input={file} errors={file.errors} />
      </div>
      <Caption1 className={styles.muted}>
        файл ОО «{file.origin?.file}»{file.school?.municipality ? `, ${file.school.municipality}` : ""}
      </Caption1>
      <PoolingNotes file={file} />
    </div>
  );
}

function FileRow({ file, entries }: { file: PickedFile; entries: readonly ConsolidatedFile[] }) {
  const styles = useStyles();
  const schools = entries.filter((e) => e.origin !== undefined);
  if (schools.length > 0)
    return (
      <div className={styles.item} data-testid="consolidation-file">
        <div className={styles.line}>
          <Text className={styles.name}>{file.name}</Text>
          <Badge appearance="tint" color="informative">
            {kindLabels.consolidation}: {countOf(schools.length, SCHOOLS)}
          </Badge>
        </div>
        {schools.map((s) => (
          <InnerRow key={s.file} file={s} />
        ))}
      </div>
    );
  // Once every file is read the cross-file checks (same school twice, …) count too.
  const consolidated = entries[0] ?? null;
  const input = consolidated ?? file.input;
  const errors =
    consolidated !== null ? consolidated.errors : file.input ? countBySeverity(file.input.issues).error : 0;
  return (
    <div className={styles.item} data-testid="consolidation-file">
      <div className={styles.line}>
        <Text className={styles.name}>{file.name}</Text>
        <Badges input={input} errors={errors} />
      </div>
      {who(input) && <Caption1 className={styles.muted}>{who(input)}</Caption1>}
      {input?.status === "unreadable" && <Caption1 className={styles.reason}>{input.error}</Caption1>}
      {consolidated !== null && <PoolingNotes file={consolidated} />}
      {input?.hint && (
        <Caption1 className={styles.notPooled}>
          {input.hint === FORM_HINT ? PANE_FORM_HINT : input.hint}
        </Caption1>
      )}
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
  // A picked file's entries: itself, or the schools of a municipality's consolidation («file#school»).
  const byPicked = new Map<string, ConsolidatedFile[]>();
  for (const f of consolidated ?? []) {
    const name = f.origin === undefined ? f.file : f.file.slice(0, f.file.lastIndexOf(`#${f.origin.file}`));
    const list = byPicked.get(name);
    if (list) list.push(f);
    else byPicked.set(name, [f]);
  }
  const entriesOf = (name: string) => byPicked.get(name) ?? [];
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
        render={(f) => <FileRow file={f} entries={entriesOf(f.name)} />}
      />
    </div>
  );
}
