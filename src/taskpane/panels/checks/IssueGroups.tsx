/**
 * The issues, one collapsible group per sheet with its counts, within it one list per severity,
 * and within that one line per rule and message (messageGroups.ts) with its count, which opens to
 * its cells. Each cell is a button that selects it; a message that stands alone is shown whole.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  accordionHeaderClassNames,
  AccordionPanel,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  type AccordionToggleData,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { issueAddress, severityLabels, type Issue, type Severity } from "../../../domain/issues";
import { groupByMessage, type MessageGroup } from "./messageGroups";
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
  messageHeader: {
    minWidth: 0,
    // The header's button is one line high by default: a message wraps over several.
    [`& .${accordionHeaderClassNames.button}`]: { height: "auto", alignItems: "flex-start" },
  },
  messageText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
    textAlign: "left",
    paddingBlock: tokens.spacingVerticalXXS,
  },
  count: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  // The cells stand under the line's text, right of its chevron, so they read as its own.
  cells: { margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`, minWidth: 0 },
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

/** A cell of a message group: its address and what its message says where the template says «…». */
function CellItem({
  issue,
  details,
  onSelect,
}: {
  issue: Issue;
  details: readonly string[];
  onSelect: (t: CellTarget) => void;
}) {
  const styles = useStyles();
  const where = issueAddress(issue) ?? placeOf(issue);
  return (
    <CellButton
      target={targetOf(issue)}
      onSelect={onSelect}
      testId={`issue-${issue.code}-${where}`}
      label={`${where}: ${issue.message}`}
    >
      <Text>
        <span className={styles.cell}>{where}</span>
        {details.length > 0 ? ` — ${details.join(", ")}` : ""}
      </Text>
    </CellButton>
  );
}

/** One line per rule and message, with its count; it opens to its cells. */
function MessageLine({ group, onSelect }: { group: MessageGroup; onSelect: (t: CellTarget) => void }) {
  const styles = useStyles();
  const first = group.issues[0];
  const rule = ruleTitleOf(first);
  const n = group.issues.length;
  return (
    <AccordionItem value={group.key} data-testid={`message-${group.code}`}>
      <AccordionHeader className={styles.messageHeader} size="small">
        <span className={styles.messageText}>
          <Caption1 className={styles.meta}>
            <span className={styles.count}>{countOf(n, CELLS)}</span> · {group.code}
            {rule ? ` · ${rule}` : ""}
          </Caption1>
          <Text>{group.template}</Text>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.cells}>
        <LimitedList
          items={group.issues}
          label={`${group.code}: ${group.template}`}
          itemKey={(i, k) => `${i.row}:${i.col}:${k}`}
          render={(issue, k) => <CellItem issue={issue} details={group.details[k]} onSelect={onSelect} />}
        />
      </AccordionPanel>
    </AccordionItem>
  );
}

const CELLS = ["ячейка", "ячейки", "ячеек"] as const;

function SeverityIssues({
  issues,
  label,
  onSelect,
}: {
  issues: readonly Issue[];
  label: string;
  onSelect: (t: CellTarget) => void;
}) {
  const groups = useMemo(() => groupByMessage(issues), [issues]);
  // LimitedList still caps what is rendered: a sheet can have thousands of distinct messages.
  return (
    <Accordion multiple collapsible>
      <LimitedList
        items={groups}
        label={label}
        itemKey={(g) => g.key}
        render={(g) =>
          g.issues.length === 1 ? (
            <IssueItem issue={g.issues[0]} onSelect={onSelect} />
          ) : (
            <MessageLine group={g} onSelect={onSelect} />
          )
        }
      />
    </Accordion>
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
                <SeverityIssues
                  issues={issues}
                  label={`${group.title}: ${severityLabels[severity].many}`}
                  onSelect={onSelect}
                />
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
