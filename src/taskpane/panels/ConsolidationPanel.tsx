/**
 * «Свод»: the municipal analyst picks the schools' files (full workbooks, «Данные отчёта» exports,
 * filled monitoring forms, a region's own forms with a mapping file, municipalities' consolidation
 * workbooks), the pane reads them in the browser with per-file status — which file of a school is
 * used and why any other is not, which KPIs stay out of the total — writes «Свод», «Итоги»,
 * «Проблемы по ОО» and «Данные свода» into this workbook, makes each school a file of its own
 * problems, and offers the blank monitoring form. The panel only renders; the hooks do the work.
 */
import { Divider, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useConsolidation } from "../hooks/useConsolidation";
import { useConsolidationFeedback } from "../hooks/useConsolidationFeedback";
import { ConsolidationOverview } from "./consolidation/ConsolidationOverview";
import { FeedbackSection } from "./consolidation/FeedbackSection";
import { FileList } from "./consolidation/FileList";
import { FilePicker } from "./consolidation/FilePicker";
import { FormMapPicker } from "./consolidation/FormMapPicker";
import { FormSection } from "./consolidation/FormSection";
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
  // A mapping being read, or malformed, consolidates nothing (as the CLI's usage error).
  const mapBlocks = state.formMap.status === "reading" || state.formMap.status === "failed";

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="consolidation-heading">
        <Subtitle2 as="h2" id="consolidation-heading" className={styles.heading}>
          Свод по школам
        </Subtitle2>
        <Text as="p" block>
          Выберите файлы школ: полные книги, выгрузки «Данные отчёта», заполненные формы мониторинга или своды
          муниципалитетов. Каждая ОО учитывается один раз — по самому новому файлу. Файлы читаются здесь, в
          надстройке, по порядку имён; ничего никуда не отправляется.
        </Text>
        <FilePicker disabled={writing} onPick={(files) => void state.pick(files)} />
        <FormMapPicker
          state={state.formMap}
          disabled={reading || writing}
          onPick={(file) => void state.pickMap(file)}
        />
        {state.consolidation && <ConsolidationOverview c={state.consolidation} />}
        <FileList run={state.read} consolidated={state.consolidation?.files ?? null} />
        <WriteSection
          run={state.write}
          ready={state.consolidation !== null && !mapBlocks}
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
      <FormSection />
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
