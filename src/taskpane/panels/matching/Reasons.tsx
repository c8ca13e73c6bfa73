/**
 * Why a mentor scores what it does: every criterion of the catalogue with its value and its
 * sentence (criteria.ts), folded away until asked for — three candidates × six lines would
 * otherwise bury the list at 320 px.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { criteriaCatalogue } from "../../../domain/matching/criteria";
import type { Candidate } from "../../../domain/matching/scorer";
import { scoreText } from "./scoreText";

const useStyles = makeStyles({
  header: { minWidth: 0 },
  panel: { margin: `0 0 ${tokens.spacingVerticalXS}`, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { minWidth: 0, overflowWrap: "anywhere" },
  title: { fontWeight: tokens.fontWeightSemibold },
  value: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

export function Reasons({ candidate, label }: { candidate: Candidate; label: string }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="why">
        <AccordionHeader className={styles.header} size="small">
          Почему {scoreText(candidate.score)}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <ul className={styles.list} aria-label={label} data-testid="reasons">
            {criteriaCatalogue.map((c) => {
              const reason = candidate.reasons[c.id];
              return (
                <li key={c.id} className={styles.item} data-criterion={c.id}>
                  <span className={styles.title}>{c.title}</span>{" "}
                  <span className={styles.value}>({scoreText(reason.value)})</span>: {reason.text}
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
