import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useSectionStyles } from "../common/sectionStyles";
import type { WriteRun } from "../../hooks/useConsolidation";
import { percentText } from "../../../domain/format/numbers";
import { countOf } from "../../text/russian";

const SCHOOLS = ["организация", "организации", "организаций"] as const;
const FILES = ["файл", "файла", "файлов"] as const;
const PROBLEMS = ["замечание", "замечания", "замечаний"] as const;

export function WriteSection({
  run,
  ready,
  busy,
  onWrite,
}: {
  run: WriteRun;
  /** Every picked file is read. */
  ready: boolean;
  busy: boolean;
  onWrite: () => void;
}) {
  const styles = useSectionStyles();
  const running = run.status === "running";
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        disabled={!ready || busy}
        onClick={onWrite}
        icon={running ? <Spinner size="tiny" aria-label="Записываю свод" /> : undefined}
      >
        Записать свод в эту книгу
      </Button>
      {run.status === "done" && (
        <MessageBar
          intent="success"
          layout="multiline"
          aria-live="polite"
          data-testid="consolidation-summary"
        >
          <MessageBarBody>
            <MessageBarTitle>{run.replaced ? "Свод заменён" : "Свод записан"}</MessageBarTitle>
            <ul className={styles.list}>
              <li>
                Листы {run.sheets.map((s) => `«${s}»`).join(", ")}: {countOf(run.files, FILES)}, в итоге —{" "}
                {countOf(run.schools, SCHOOLS)} (по одному файлу на ОО).
              </li>
              {run.superseded > 0 && (
                <li>
                  Заменены более новыми файлами тех же ОО: {countOf(run.superseded, FILES)} — в итог не вошли.
                </li>
              )}
              {run.excluded > 0 && (
                <li>
                  Показателей ОО не вошло в итог: {run.excluded} (нет знаменателя, не заполнено в форме) —
                  каждый с причиной на листе «Итоги».
                </li>
              )}
              <li>
                Молодые специалисты с наставником (всего): {percentText(run.youngMentored.value)} —{" "}
                {run.youngMentored.numerator} из {run.youngMentored.denominator}.
              </li>
              <li>«Проблемы по ОО»: {countOf(run.problems, PROBLEMS)}.</li>
              {run.unreadable > 0 && (
                <li>
                  Не прочитано: {countOf(run.unreadable, FILES)} — в «Свод» и «Проблемы по ОО» с причиной.
                </li>
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {run.status === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Свод не записан</MessageBarTitle>
            <div>{run.message}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
