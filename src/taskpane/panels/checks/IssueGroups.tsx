/**
 * The issues, one collapsible group per sheet with its counts, and within it one list per
 * severity. Each issue is a button that selects its cell.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  type AccordionToggleData,
} from "@fluentui/react-components";
import { useState } from "react";
import { issueAddress, severityLabels, type Issue, type Severity } from "../../../domain/issues";
import type { CellTarget } from "../../hooks/useSelectCell";
import { countOf } from "../../text/russian";
import { CellButton } from "../common/CellButton";
import { LimitedList } from "../common/LimitedList";
import { ruleTitleOf, targetOf, type SheetGroup } from "./issueGroups";

export const SEVERITY_FORMS: Record<Severity, readonly [string, string, string]> = {
  error: ["ошибка", "ошибки", "ошибок"],
  warning: ["предупреждение", "предупреждения", "предупреждений"],
  info: ["замечание", "замечания", "замечаний"],
};

/** «7 ошибок, 2 предупреждения»: only the severities present. */
export function countsText(counts: Readonly<Record<Severity, number>>): string {
  return (["error", "warning", "info"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => countOf(counts[s], SEVERITY_FORMS[s]))
    .join(", ");
}

const useStyles = makeStyles({
  header: { minWidth: 0 },
  headerText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    minWidth: 0,
  },
  severity: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The colour repeats what the heading's word says; it is never the only cue.
  dot: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusCircular, flexShrink: 0 },
  error: { backgroundColor: tokens.colorStatusDangerBorderActive },
  warning: { backgroundColor: tokens.colorStatusWarningBorderActive },
  info: { backgroundColor: tokens.colorBrandBackground },
  meta: { color: tokens.colorNeutralForeground3 },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

/** Where an issue without a cell points: its column, its sheet or the file. */
function placeOf(issue: Issue): string {
  if (issue.column) return `столбец «${issue.column}»`;
  return issue.sheet === null ? "файл" : "лист";
}

function IssueItem({ issue, onSelect }: { issue: Issue; onSelect: (t: CellTarget) => void }) {
  const styles = useStyles();
  const target = targetOf(issue);
  const where = issueAddress(issue) ?? placeOf(issue);
  const rule = ruleTitleOf(issue);
  return (
    <CellButton target={target} onSelect={onSelect} testId={`issue-${issue.code}-${where}`}>
      <Caption1 className={styles.meta}>
        <span className={styles.cell}>{where}</span> · {issue.code}
        {rule ? ` · ${rule}` : ""}
      </Caption1>
      <Text>{issue.message}</Text>
    </CellButton>
  );
}

export interface IssueGroupsProps {
  readonly groups: readonly SheetGroup[];
  readonly onSelect: (target: CellTarget) => void;
}

export function IssueGroups({ groups, onSelect }: IssueGroupsProps) {
  const styles = useStyles();
  // Closed groups are remembered rather than open ones, so a sheet that gains issues opens by itself.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const open = groups.map((g) => g.key).filter((k) => !closed.has(k));
  const toggle = (_event: unknown, data: AccordionToggleData<string>) => {
    setClosed((was) => {
      const next = new Set(was);
      if (data.openItems.includes(data.value)) next.delete(data.value);
      else next.add(data.value);
      return next;
    });
  };

  return (
    <Accordion multiple collapsible openItems={open} onToggle={toggle}>
      {groups.map((group) => (
        <AccordionItem key={group.key} value={group.key} data-testid={`issues-sheet-${group.key || "file"}`}>
          <AccordionHeader className={styles.header} as="h3">
            <span className={styles.headerText}>
              <Text weight="semibold">{group.title}</Text>
              <Caption1 data-testid="group-counts">{countsText(group.counts)}</Caption1>
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {group.bySeverity.map(({ severity, issues }) => (
              <section key={severity} aria-label={`${group.title}: ${severityLabels[severity].many}`}>
                <h4 className={styles.severity}>
                  <span className={mergeClasses(styles.dot, styles[severity])} aria-hidden />
                  {severityLabels[severity].many} ({issues.length})
                </h4>
                <LimitedList
                  items={issues}
                  label={`${group.title}: ${severityLabels[severity].many}`}
                  itemKey={(i, n) => `${i.code}:${i.row}:${i.col}:${n}`}
                  render={(issue) => <IssueItem issue={issue} onSelect={onSelect} />}
                />
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
