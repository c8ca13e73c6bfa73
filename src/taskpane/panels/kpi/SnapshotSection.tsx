/**
 * «Зафиксировать срез»: the figures at the date shown are appended to «Срезы», the school's KPI
 * history that the report's trend charts and the municipality's «Динамика» are drawn from. Rows of
 * «Срезы» that cannot be read are listed with their cells, so a typo there is found, not ignored.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { Snapshot } from "../../../domain/snapshots/history";
import type { SnapshotsRead } from "../../../domain/snapshots/readSnapshots";
import { columnLetter } from "../../../domain/issues";
import { SNAPSHOTS_SHEET } from "../../../domain/template/snapshotsSheet";
import { ruDateOf, type DayNumber } from "../../../domain/values/dates";
import type { CellTarget } from "../../hooks/useSelectCell";
import { CellButton } from "../common/CellButton";
import { LimitedList } from "../common/LimitedList";
import { useSectionStyles } from "../common/sectionStyles";
import { countOf } from "../../text/russian";

export interface SnapshotSectionProps {
  readonly date: DayNumber;
  readonly history: readonly Snapshot[];
  readonly read: SnapshotsRead;
  readonly fixing: boolean;
  readonly fixed: DayNumber | null;
  readonly fixError: string | null;
  readonly onFix: () => void;
  readonly onSelect: (target: CellTarget) => void;
}

function historyText(history: readonly Snapshot[], date: DayNumber): string {
  return `Книга не изменяется, пока вы не зафиксируете срез. ${snapshotsText(history, date)}`;
}

function snapshotsText(history: readonly Snapshot[], date: DayNumber): string {
  if (history.length === 0)
    return `Срезов ещё нет. Срез сохраняет показатели на дату расчёта на лист «${SNAPSHOTS_SHEET}»: из срезов строится динамика в отчёте, а карточки показывают изменение с прошлого среза.`;
  const last = history[history.length - 1].date;
  const count = `В книге ${countOf(history.length, ["срез", "среза", "срезов"])}, последний — ${ruDateOf(last)}.`;
  return history.some((s) => s.date === date)
    ? `${count} Срез на ${ruDateOf(date)} уже есть: новый будет дописан ниже и заменит его в динамике, прежние строки останутся на листе.`
    : count;
}

export function SnapshotSection(p: SnapshotSectionProps) {
  const styles = useSectionStyles();
  return (
    <div className={styles.root} data-testid="snapshots">
      <Text as="p" block>
        {historyText(p.history, p.date)}
      </Text>
      <Button
        className={styles.button}
        onClick={p.onFix}
        disabled={p.fixing}
        icon={p.fixing ? <Spinner size="tiny" aria-label="Записываю срез" /> : undefined}
      >
        Зафиксировать срез на {ruDateOf(p.date)}
      </Button>
      {p.fixed !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Срез на {ruDateOf(p.fixed)} записан на лист «{SNAPSHOTS_SHEET}».
          </MessageBarBody>
        </MessageBar>
      )}
      {p.fixError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Срез не записан</MessageBarTitle>
            <div>{p.fixError}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {p.read.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {`На листе «${p.read.nameInFile}» не прочитано строк: ${p.read.problems.length}`}
            </MessageBarTitle>
            <Caption1>Эти строки не учтены в динамике. Исправьте их на листе.</Caption1>
          </MessageBarBody>
        </MessageBar>
      )}
      {p.read.problems.length > 0 && (
        <LimitedList
          label={`Непрочитанные строки листа «${p.read.nameInFile}»`}
          items={p.read.problems}
          itemKey={(x) => `${x.row}:${x.col}`}
          render={(x) => (
            <CellButton
              target={{ sheet: p.read.nameInFile!, address: `${columnLetter(x.col ?? 1)}${x.row}` }}
              onSelect={p.onSelect}
              testId="snapshot-problem"
            >
              {x.message}
            </CellButton>
          )}
        />
      )}
    </div>
  );
}
