/**
 * «Настройки»: each value read as a number (the units of its row's group, a trailing «%» allowed)
 * or да/нет; a missing or unreadable value falls back to the default (workbook.md). The problems
 * are reported by the settings rule, which calls this same function.
 */
import type { ItemRead } from "../model/records";
import { defaultSettings, settingsCatalogue, type SettingSpec, type Settings } from "../template/keyValue";
import { readSettingNumber, readYesNo } from "../values/parse";

export interface SettingProblem {
  readonly spec: SettingSpec;
  readonly item: ItemRead;
  readonly code: "F002" | "F004";
}

export function readSettings(items: ReadonlyMap<string, ItemRead>): {
  settings: Settings;
  problems: SettingProblem[];
} {
  const settings: Record<string, number | boolean> = { ...defaultSettings };
  const problems: SettingProblem[] = [];
  for (const spec of settingsCatalogue) {
    const item = items.get(spec.key);
    if (!item) continue;
    if (spec.kind === "yesno") {
      const r = readYesNo(item.raw);
      if (r.state === "ok") settings[spec.key] = r.value;
      else if (r.state === "bad") problems.push({ spec, item, code: "F002" });
      continue;
    }
    const r = readSettingNumber(item.raw, spec.unit);
    if (r.state === "bad") problems.push({ spec, item, code: "F002" });
    else if (r.state === "ok") {
      if (r.value < spec.min || r.value > spec.max) problems.push({ spec, item, code: "F004" });
      else settings[spec.key] = r.value;
    }
  }
  return { settings: settings as unknown as Settings, problems };
}
