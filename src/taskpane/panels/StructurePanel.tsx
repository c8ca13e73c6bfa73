/**
 * «Структура»: create or repair the template in the open workbook, and adopt a methodist's own
 * list into a template table. The panel only renders; the hooks talk to the port.
 */
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef } from "react";
import { hasTemplateSheets } from "../hooks/templateSheets";
import { useAdopt } from "../hooks/useAdopt";
import { useStructure } from "../hooks/useStructure";
import { useStructureSnapshot } from "../hooks/useStructureSnapshot";
import type { PanelProps } from "./panelProps";
import { AdoptSection } from "./structure/AdoptSection";
import { RepairSection } from "./structure/RepairSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export function StructurePanel({ onWorkbookChanged }: PanelProps) {
  const styles = useStyles();
  const workbook = useStructureSnapshot();
  const { reload } = workbook;
  const afterWrite = useCallback(() => {
    reload();
    onWorkbookChanged();
  }, [reload, onWorkbookChanged]);
  const structure = useStructure(afterWrite);
  const adopt = useAdopt(workbook.snapshot, afterWrite);
  const sheetPicker = useRef<HTMLFieldSetElement>(null);

  const adoptSheet = (name: string) => {
    adopt.toggleSheet(name, true);
    // Brings the user to the form the button filled in (focus also scrolls it into view).
    const box = [
      ...(sheetPicker.current?.querySelectorAll<HTMLInputElement>("input[data-sheet]") ?? []),
    ].find((b) => b.dataset.sheet === name);
    box?.focus();
  };

  return (
    <div className={styles.root}>
      <RepairSection
        hasStructure={workbook.snapshot ? hasTemplateSheets(workbook.snapshot) : null}
        run={structure.run}
        onStart={() => void structure.start()}
        // A sheet just imported is not offered again: a second import would duplicate its rows.
        adoptable={adopt.sources.filter((name) => !adopt.result?.sources.includes(name))}
        onAdoptSheet={adoptSheet}
      />
      <Divider />
      <AdoptSection
        adopt={adopt}
        loading={workbook.loading && !workbook.snapshot}
        loadError={workbook.error}
        sheetPicker={sheetPicker}
      />
    </div>
  );
}
