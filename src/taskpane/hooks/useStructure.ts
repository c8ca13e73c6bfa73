/**
 * «Создать структуру» / «Проверить и восстановить структуру»: read → plan → apply, then report
 * what was created or repaired. The plan comes from a fresh read, not the cached snapshot, because
 * the user may have edited the workbook since the panel opened.
 */
import { useCallback, useState } from "react";
import { structurePlan } from "../../domain/structure/repairPlan";
import { errorText } from "../port/errorText";
import { usePort } from "../port/PortContext";
import { aliasListSheets, hasTemplateSheets, isKeyValueSheet } from "./templateSheets";
import { useLatest } from "./useLatest";

export type StructureRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | {
      readonly status: "done";
      /** True when the workbook had no template sheet before: everything was created. */
      readonly created: boolean;
      readonly summary: readonly string[];
      /** What was left alone and why: the lines that need the user's attention. */
      readonly notes: readonly string[];
      /** Sheets left as they were because they are not in the template's shape. */
      readonly untouched: readonly string[];
      /** Sheets left as they were whose rows «Перенести лист» can import (untouched lists, alias sheets). */
      readonly toAdopt: readonly string[];
    }
  | { readonly status: "failed"; readonly message: string };

export interface StructureState {
  readonly run: StructureRun;
  readonly start: () => Promise<void>;
}

/** @param afterWrite called once the plan is applied, to re-read what the pane shows. */
export function useStructure(afterWrite: () => void): StructureState {
  const port = usePort();
  const latest = useLatest();
  const [run, setRun] = useState<StructureRun>({ status: "idle" });

  const start = useCallback(async () => {
    const ticket = latest.begin();
    setRun({ status: "running" });
    let wrote = false;
    try {
      const snapshot = await port.readStructure();
      const created = !hasTemplateSheets(snapshot);
      const { plan, summary, notes, untouched } = structurePlan(snapshot);
      wrote = true;
      await port.apply(plan);
      const toAdopt = [
        ...new Set([...untouched.filter((name) => !isKeyValueSheet(name)), ...aliasListSheets(snapshot)]),
      ];
      if (latest.isCurrent(ticket)) setRun({ status: "done", created, summary, notes, untouched, toAdopt });
    } catch (error) {
      if (latest.isCurrent(ticket)) setRun({ status: "failed", message: errorText(error) });
    } finally {
      // A failed apply may still have written some sheets: what the pane shows must be re-read either way.
      if (wrote) afterWrite();
    }
  }, [port, latest, afterWrite]);

  return { run, start };
}
