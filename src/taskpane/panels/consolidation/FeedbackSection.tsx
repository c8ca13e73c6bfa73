import {
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { FeedbackRun } from "../../hooks/useConsolidationFeedback";
import { LimitedList } from "../common/LimitedList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function FeedbackSection({
  run,
  ready,
  busy,
  onMake,
}: {
  run: FeedbackRun;
  ready: boolean;
  busy: boolean;
  onMake: () => void;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="feedback-heading">
      <Subtitle2 as="h2" id="feedback-heading" className={styles.heading}>
        Файлы замечаний для школ
      </Subtitle2>
      <Text as="p" block>
        Для каждой школы — небольшая книга только с её замечаниями, чтобы отправить обратно. Файлы создаются
        здесь, в надстройке, и никуда не отправляются.
      </Text>
      <Button
        className={styles.button}
        disabled={!ready || busy || run.status === "running"}
        onClick={onMake}
      >
        Подготовить файлы замечаний
      </Button>
      {run.status === "running" && (
        <Field hint={`Готово ${run.done} из ${run.total}`}>
          <ProgressBar value={run.total === 0 ? 1 : run.done / run.total} aria-label="Подготовка файлов" />
        </Field>
      )}
      {run.status === "ready" && (
        <LimitedList
          items={run.files}
          label="Файлы замечаний"
          itemKey={(f) => f.fileName}
          render={(f) => (
            <div>
              <Link href={f.url} download={f.fileName}>
                {f.fileName}
              </Link>
              <Caption1 block className={styles.muted}>
                {f.school ?? f.source} — {f.problems === 0 ? "замечаний нет" : `замечаний: ${f.problems}`}
              </Caption1>
            </div>
          )}
        />
      )}
      {run.status === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{run.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
