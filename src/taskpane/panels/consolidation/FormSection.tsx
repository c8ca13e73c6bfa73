import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { dayFromIso } from "../../../domain/values/dates";
import { useFormDownload } from "../../hooks/useFormDownload";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
});

/**
 * «Форма мониторинга для школ»: the blank form for schools that keep no lists, with the
 * municipality and the reporting date filled in when given.
 */
export function FormSection() {
  const styles = useStyles();
  const { run, make } = useFormDownload();
  const [municipality, setMunicipality] = useState("");
  const [date, setDate] = useState("");
  const asOf = date === "" ? null : dayFromIso(date);
  return (
    <section className={styles.root} aria-labelledby="form-heading">
      <Subtitle2 as="h2" id="form-heading" className={styles.heading}>
        Форма мониторинга для школ
      </Subtitle2>
      <Text as="p" block>
        Для школ, которые не ведут списки: бланк итоговых значений по всем показателям. Заполненные формы
        выбираются для свода вместе с книгами школ.
      </Text>
      <Field label="Муниципалитет">
        <Input value={municipality} onChange={(_, d) => setMunicipality(d.value)} />
      </Field>
      <Field
        label="Отчётная дата"
        validationState={asOf === null && date !== "" ? "error" : "none"}
        validationMessage={asOf === null && date !== "" ? "Укажите дату" : undefined}
      >
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Button
        className={styles.button}
        disabled={run.status === "running" || (asOf === null && date !== "")}
        onClick={() => void make(municipality.trim() || undefined, asOf ?? undefined)}
        icon={run.status === "running" ? <Spinner size="tiny" aria-label="Готовлю бланк" /> : undefined}
      >
        Скачать бланк формы
      </Button>
      {run.status === "ready" && (
        <MessageBar intent="success" layout="multiline" aria-live="polite" data-testid="form-download">
          <MessageBarBody>
            Бланк готов:{" "}
            <Link href={run.url} download={run.fileName}>
              {run.fileName}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {run.status === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{run.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
