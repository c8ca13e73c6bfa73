import { makeStyles, Tab, TabList, tokens, type SelectTabData } from "@fluentui/react-components";
import { useMemo, useState, type ComponentType } from "react";
import type { HostInfo } from "../domain/port/workbookPort";
import type { PaneSectionId } from "../domain/port/hostFeatures";
import { FeatureNotice } from "./host/FeatureNotice";
import { HostProvider } from "./host/HostContext";
import { HostTooOld } from "./host/HostTooOld";
import { missingRequirement } from "./host/requirements";
import { useWorkbookInfo } from "./hooks/useWorkbookInfo";
import { ChecksPanel } from "./panels/ChecksPanel";
import { ConsolidationPanel } from "./panels/ConsolidationPanel";
import { KpiPanel } from "./panels/KpiPanel";
import { MatchingPanel } from "./panels/MatchingPanel";
import type { PanelProps } from "./panels/panelProps";
import { ReportPanel } from "./panels/ReportPanel";
import { StructurePanel } from "./panels/StructurePanel";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { WorkbookHeader } from "./shell/WorkbookHeader";

/** The pane's sections, in ribbon order; each panel is its own component in src/taskpane/panels/. */
export const sections: readonly {
  readonly id: SectionId;
  readonly title: string;
  readonly Panel: ComponentType<PanelProps>;
}[] = [
  { id: "structure", title: "Структура", Panel: StructurePanel },
  { id: "checks", title: "Проверка", Panel: ChecksPanel },
  { id: "kpi", title: "Показатели", Panel: KpiPanel },
  { id: "matching", title: "Подбор", Panel: MatchingPanel },
  { id: "report", title: "Отчёт", Panel: ReportPanel },
  { id: "consolidation", title: "Свод", Panel: ConsolidationPanel },
];

/** The feature table (src/domain/port/hostFeatures.ts) names sections by the same ids. */
export type SectionId = PaneSectionId;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    // Task panes open at 320 px on desktop; nothing may force a horizontal scrollbar.
    minWidth: 0,
    maxWidth: "100%",
  },
  // Six tabs do not fit on one line at 320 px; wrapping keeps every section one click away.
  tabs: {
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
  },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
});

export interface AppProps {
  /** The Office host, asked for its requirement sets before any panel touches the workbook. */
  readonly host: HostInfo;
}

/** The task pane: header, section tabs and panels. The workbook comes from `PortProvider`. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const missing = useMemo(() => missingRequirement(host), [host]);
  if (missing !== null) {
    return (
      <main className={styles.root}>
        <WorkbookHeader info={null} error={null} />
        <HostTooOld missing={missing} />
      </main>
    );
  }
  return (
    <HostProvider host={host}>
      <Sections host={host} />
    </HostProvider>
  );
}

function Sections({ host }: AppProps) {
  const styles = useStyles();
  const workbook = useWorkbookInfo();
  const [selected, setSelected] = useState<SectionId>("structure");
  // Panels mount on first visit and stay mounted, so switching tabs keeps a half-done mapping.
  const [visited, setVisited] = useState<ReadonlySet<SectionId>>(() => new Set(["structure"]));

  const select = (_event: unknown, data: SelectTabData) => {
    const id = data.value as SectionId;
    setSelected(id);
    setVisited((seen) => (seen.has(id) ? seen : new Set([...seen, id])));
  };

  return (
    <main className={styles.root}>
      <WorkbookHeader info={workbook.info} error={workbook.error} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={select}
        aria-label="Разделы"
      >
        {sections.map(({ id, title }) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {title}
          </Tab>
        ))}
      </TabList>
      {sections.map(({ id, Panel }) =>
        visited.has(id) ? (
          <section
            key={id}
            className={styles.panel}
            id={`panel-${id}`}
            role="tabpanel"
            aria-labelledby={`tab-${id}`}
            hidden={id !== selected}
          >
            <FeatureNotice host={host} section={id} />
            <ErrorBoundary>
              <Panel onWorkbookChanged={workbook.refresh} />
            </ErrorBoundary>
          </section>
        ) : null,
      )}
    </main>
  );
}
