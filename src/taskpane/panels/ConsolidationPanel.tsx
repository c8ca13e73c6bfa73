/**
 * «Свод»: the municipal analyst picks the schools' files (full workbooks and «Данные отчёта»
 * exports), the pane reads them in the browser with per-file status, writes «Свод», «Итоги» and
 * «Проблемы по ОО» into this workbook, and can make each school a file of its own problems. The
 * panel only renders; the hooks do the work.
 */
import { Divider, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useConsolidation } from "../hooks/useConsolidation";
import { useConsolidationFeedback } from "../hooks/useConsolidationFeedback";
import { ConsolidationOverview } from "./consolidation/ConsolidationOverview";
import { FeedbackSection } from "./consolidation/FeedbackSection";
import { FileList } from "./consolidation/FileList";
import { FilePicker } from "./consolidation/FilePicker";
import { WriteSection } from "./consolidation/WriteSection";
import type { PanelProps } from "./panelProps";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
});

export function ConsolidationPanel({ onWorkbookChanged }: PanelProps) {
  const styles = useStyles();
  const state = useConsolidation();
  const feedback = useConsolidationFeedback(state.consolidation);
  const reading = state.read.status === "reading";
  const writing = state.write.status === "running";

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="consolidation-heading">
        <Subtitle2 as="h2" id="consolidation-heading" className={styles.heading}>
          Свод по школам
        </Subtitle2>
        <Text as="p" block>
          Выберите файлы школ: полные книги и выгрузки «Данные отчёта» (только итоговые числа). Файлы читаются
          здесь, в надстройке, по порядку имён; ничего никуда не отправляется.
        </Text>
        <FilePicker disabled={writing} onPick={(files) => void state.pick(files)} />
        {state.consolidation && <ConsolidationOverview c={state.consolidation} />}
        <FileList run={state.read} consolidated={state.consolidation?.files ?? null} />
        <WriteSection
          run={state.write}
          ready={state.consolidation !== null}
          busy={reading || writing}
          onWrite={() =>
            void state.writeToWorkbook().then(() => {
              // New sheets: the header's sheet list and the other panels should know.
              onWorkbookChanged?.();
            })
          }
        />
      </section>
      <Divider />
      <FeedbackSection
        run={feedback.run}
        ready={state.consolidation !== null}
        busy={reading}
        onMake={() => void feedback.make()}
      />
    </div>
  );
}
