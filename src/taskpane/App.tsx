import { useState } from "react";
import { makeStyles, Tab, TabList, Text, tokens, type SelectTabData } from "@fluentui/react-components";

/** The pane's sections, in ribbon order; each will get its own panel in src/taskpane/panels/. */
export const sections = [
  { id: "structure", title: "Структура" },
  { id: "checks", title: "Проверка" },
  { id: "kpi", title: "Показатели" },
  { id: "report", title: "Отчёт" },
  { id: "consolidation", title: "Свод" },
] as const;

export type SectionId = (typeof sections)[number]["id"];

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
  header: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Five tabs do not fit on one line at 320 px; wrapping keeps every section one click away.
  tabs: {
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
  },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
});

export function App() {
  const styles = useStyles();
  const [selected, setSelected] = useState<SectionId>("structure");
  const section = sections.find((candidate) => candidate.id === selected) ?? sections[0];

  return (
    <main className={styles.root}>
      <h1 className={styles.header}>Наставник</h1>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_event, data: SelectTabData) => setSelected(data.value as SectionId)}
        aria-label="Разделы"
      >
        {sections.map(({ id, title }) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {title}
          </Tab>
        ))}
      </TabList>
      <section
        className={styles.panel}
        id={`panel-${section.id}`}
        role="tabpanel"
        aria-labelledby={`tab-${section.id}`}
      >
        <Text as="p" block>
          Раздел появится в следующей версии
        </Text>
      </section>
    </main>
  );
}
