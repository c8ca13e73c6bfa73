/**
 * The figures of one KPI, by kind. Every number the engine returns is rendered with `data-field`
 * (its path in `nastavnik kpi --json`) and `data-value` (the unrounded number), so tests can prove
 * the pane shows the engine's figures while the text itself is rounded for people.
 */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { KpiDef } from "../../../domain/kpi/define";
import type {
  CountResult,
  GroupsResult,
  KpiValues,
  LoadResult,
  PlanResult,
  SatisfactionResult,
  ShareResult,
} from "../../../domain/kpi/types";
import { decimalText, percentText, targetText } from "../../../domain/format/numbers";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  headline: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  // Label–value rows; the value column stays narrow so labels may wrap at 320 px.
  table: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dt": { overflowWrap: "anywhere" },
    "& dd": { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  },
  subheading: { marginTop: tokens.spacingVerticalXS },
});

/** A number the engine computed: the JSON path and the exact value ride along with the text. */
function Num({
  field,
  value,
  children,
  className,
}: {
  field: string;
  value: number | null;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <span className={className} data-field={field} data-value={value === null ? "null" : String(value)}>
      {children ?? (value === null ? "—" : decimalText(value))}
    </span>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Share({ v, prefix = "" }: { v: ShareResult; prefix?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.headline}>
      <Num field={`${prefix}value`} value={v.value} className={styles.big}>
        {percentText(v.value)}
      </Num>
      <Text>
        <Num field={`${prefix}numerator`} value={v.numerator} /> из{" "}
        <Num field={`${prefix}denominator`} value={v.denominator} />
      </Text>
      <Caption1 className={styles.muted}>
        <Num field={`${prefix}target`} value={v.target}>
          {v.target === null ? "цель не задана" : `цель ${targetText(v.target)}`}
        </Num>
      </Caption1>
    </div>
  );
}

function Groups({ v }: { v: GroupsResult }) {
  const styles = useStyles();
  const breakdown = (title: string, field: "byForm" | "byKind", counts: Readonly<Record<string, number>>) => {
    const entries = Object.entries(counts);
    return (
      <>
        <Text weight="semibold" className={styles.subheading}>
          {title}
        </Text>
        {entries.length === 0 ? (
          <Caption1 className={styles.muted}>нет действующих пар</Caption1>
        ) : (
          <dl className={styles.table} aria-label={title}>
            {entries.map(([key, n]) => (
              <Row key={key} label={key}>
                <Num field={`${field}.${key}`} value={n} />
              </Row>
            ))}
          </dl>
        )}
      </>
    );
  };
  return (
    <div className={styles.root}>
      <div className={styles.headline}>
        <Num field="value" value={v.value} className={styles.big} />
        <Text>пар и групп действуют</Text>
      </div>
      <Caption1 className={styles.muted}>
        строк на листе «Пары»: <Num field="links" value={v.links} />
      </Caption1>
      {breakdown("По формам", "byForm", v.byForm)}
      {breakdown("По видам", "byKind", v.byKind)}
    </div>
  );
}

function Load({ v, limit }: { v: LoadResult; limit: number }) {
  const styles = useStyles();
  return (
    <dl className={styles.table}>
      <Row label="Наставников с действующими парами">
        <Num field="mentors" value={v.mentors} />
      </Row>
      <Row label="Наставляемых на наставника: в среднем">
        <Num field="mean" value={v.mean} />
      </Row>
      <Row label="медиана">
        <Num field="median" value={v.median} />
      </Row>
      <Row label="наибольшая">
        <Num field="max" value={v.max} />
      </Row>
      <Row label={`Выше допустимой нагрузки (более ${limit})`}>
        <Num field="overLimit" value={v.overLimit} />
      </Row>
    </dl>
  );
}

function Satisfaction({ v }: { v: SatisfactionResult }) {
  const styles = useStyles();
  const line = (label: string, field: "mentor" | "mentee") => (
    <Row label={label}>
      <Num field={`${field}.mean`} value={v[field].mean} />{" "}
      <Caption1 className={styles.muted}>
        (оценок: <Num field={`${field}.n`} value={v[field].n} />)
      </Caption1>
    </Row>
  );
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>Средняя оценка по шкале от 1 до 10</Caption1>
      <dl className={styles.table}>
        {line("Наставники", "mentor")}
        {line("Наставляемые", "mentee")}
      </dl>
    </div>
  );
}

function Count({ v }: { v: CountResult }) {
  const styles = useStyles();
  return (
    <div className={styles.headline}>
      <Num field="value" value={v.value} className={styles.big} />
      <Caption1 className={styles.muted}>цель 0</Caption1>
    </div>
  );
}

function Plan({ v }: { v: PlanResult }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Share v={v} />
      <Text>
        Просрочено мероприятий: <Num field="overdue" value={v.overdue} />
      </Text>
    </div>
  );
}

export interface KpiFiguresProps {
  readonly def: KpiDef;
  readonly values: KpiValues;
  /** «Наставляемых на одного наставника не более» from «Настройки». */
  readonly loadLimit: number;
}

export function KpiFigures({ def, values, loadLimit }: KpiFiguresProps) {
  const v = values[def.id];
  switch (def.kind) {
    case "share":
      return <Share v={v as ShareResult} />;
    case "groups":
      return <Groups v={v as GroupsResult} />;
    case "load":
      return <Load v={v as LoadResult} limit={loadLimit} />;
    case "count":
      return <Count v={v as CountResult} />;
    case "satisfaction":
      return <Satisfaction v={v as SatisfactionResult} />;
    case "plan":
      return <Plan v={v as PlanResult} />;
  }
}
