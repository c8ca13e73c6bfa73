/**
 * «Показатели»: on «Отчётная дата» or a date the user picks, an overview that fits one screen
 * (coverage chart and tiles, KpiOverview) first, then the date, the snapshots, and on demand a
 * card per KPI of the catalogue (kpi.md) with its rows. The numbers are the engine's — the same as
 * `nastavnik kpi` prints for the file.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { kpiCatalogue } from "../../domain/kpi/catalogue";
import type { KpiDef } from "../../domain/kpi/define";
import type { KpiId } from "../../domain/kpi/types";
import { changeSince, type Change } from "../../domain/snapshots/change";
import { previousSnapshot, snapshotHistory } from "../../domain/snapshots/history";
import { snapshotMeasures } from "../../domain/snapshots/measures";
import { dayFromIso, isoOf, ruDateOf } from "../../domain/values/dates";
import { useKpis } from "../hooks/useKpis";
import { useSelectCell } from "../hooks/useSelectCell";
import { KpiCard } from "./kpi/KpiCard";
import { KpiOverview } from "./kpi/KpiOverview";
import { SnapshotSection } from "./kpi/SnapshotSection";
import type { PanelProps } from "./panelProps";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  date: { minWidth: 0, flexGrow: 1, flexBasis: "10em" },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function KpiPanel(_props: PanelProps) {
  const styles = useStyles();
  const kpis = useKpis();
  const cell = useSelectCell();
  const { result, reportDate, asOf } = kpis;
  const shown = asOf ?? reportDate;
  // What the user is typing: a half-typed or cleared date must not snap back while they type.
  const [typed, setTyped] = useState<string | null>(null);
  // The full cards are shown on demand; a tile opens them at its KPI.
  const [expanded, setExpanded] = useState(false);
  const [opened, setOpened] = useState<KpiId | null>(null);
  useEffect(() => {
    if (!expanded || opened === null) return;
    const card = document.querySelector<HTMLElement>(`[data-testid="kpi-${opened}"]`);
    card?.scrollIntoView?.({ block: "start" });
    card?.focus({ preventScroll: true });
    setOpened(null);
  }, [expanded, opened]);

  const history = useMemo(() => (result ? snapshotHistory(result.wb.snapshots.rows) : []), [result]);
  // Each KPI's change since the latest snapshot before the date shown, by KPI id.
  const changes = useMemo(() => {
    const byKpi = new Map<string, Change[]>();
    const previous = result?.kpis ? previousSnapshot(history, result.analysis.asOf) : null;
    if (!previous || !result?.kpis) return byKpi;
    for (const m of snapshotMeasures) {
      const c = changeSince(m, result.kpis.values, previous);
      if (c) byKpi.set(m.kpi, [...(byKpi.get(m.kpi) ?? []), c]);
    }
    return byKpi;
  }, [result, history]);

  const pickDate = (value: string) => {
    setTyped(value);
    const day = dayFromIso(value);
    // Picking «Отчётная дата» itself goes back to following the workbook.
    if (day !== null) kpis.setAsOf(day === reportDate ? null : day);
  };

  return (
    <div className={styles.root}>
      {/* The tab already says «Показатели»: the heading is for screen readers, the screen is the overview's. */}
      <Subtitle2 as="h2" className={styles.srOnly}>
        Показатели
      </Subtitle2>
      {kpis.stale && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Книга изменилась после расчёта. Нажмите «Обновить», чтобы пересчитать.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={kpis.refresh}>
              Обновить
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {kpis.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Не удалось прочитать книгу</MessageBarTitle>
            <div>{kpis.error}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {cell.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{cell.error}</MessageBarBody>
        </MessageBar>
      )}
      {result === null && kpis.loading && <Spinner size="small" label="Считаю показатели…" />}
      {result && result.kpis === null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Показатели не рассчитаны</MessageBarTitle>
            <div>{result.error}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kpis && (
        <KpiOverview
          values={result.kpis.values}
          asOf={result.analysis.asOf}
          expanded={expanded}
          onToggle={() => setExpanded((was) => !was)}
          onOpen={(id) => {
            setExpanded(true);
            setOpened(id);
          }}
          count={kpiCatalogue.length}
        />
      )}
      <div className={styles.controls}>
        <Field
          className={styles.date}
          label="Дата расчёта"
          hint={
            reportDate === null
              ? "Отчётная дата на листе «Сведения» не указана — выберите дату."
              : asOf === null
                ? "Отчётная дата книги."
                : `Отчётная дата книги: ${ruDateOf(reportDate)}.`
          }
        >
          <Input
            type="date"
            value={typed ?? (shown === null ? "" : isoOf(shown))}
            onChange={(_event, data) => pickDate(data.value)}
            onBlur={() => setTyped(null)}
            disabled={result === null}
          />
        </Field>
        {asOf !== null && reportDate !== null && (
          <Button
            onClick={() => {
              setTyped(null);
              kpis.setAsOf(null);
            }}
          >
            На отчётную дату
          </Button>
        )}
        <Button
          onClick={kpis.refresh}
          disabled={kpis.loading}
          icon={kpis.loading ? <Spinner size="tiny" aria-label="Читаю книгу" /> : undefined}
        >
          Обновить
        </Button>
      </div>
      {result?.kpis && (
        <SnapshotSection
          date={result.analysis.asOf}
          history={history}
          read={result.wb.snapshots}
          fixing={kpis.fixing}
          fixed={kpis.fixed}
          fixError={kpis.fixError}
          onFix={() => void kpis.fixSnapshot()}
          onSelect={cell.select}
        />
      )}
      {result?.kpis && expanded && (
        <div
          className={styles.cards}
          id="kpi-cards"
          data-testid="kpi-cards"
          data-as-of={isoOf(result.analysis.asOf)}
        >
          {(kpiCatalogue as readonly KpiDef[]).map((def) => (
            <KpiCard
              key={def.id}
              def={def}
              values={result.kpis!.values}
              drill={result.kpis!.drill[def.id]}
              analysis={result.analysis}
              onSelect={cell.select}
              changes={changes.get(def.id)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
