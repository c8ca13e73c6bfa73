/**
 * The feature table of docs/deployment.md, written from the catalogue (hostFeatures.ts), so the
 * guide says what the pane does. tests/docs/deploymentGuide.test.ts keeps the guide in step
 * (`UPDATE_DOCS=1 npx jest tests/docs` rewrites it).
 */
import { BASELINE, HOST_FEATURES, MIN_EXCEL_API } from "./hostFeatures";

const cell = (s: string) => s.replace(/\|/g, "\\|");
const apiList = (apis: readonly string[]) => apis.map((a) => `\`${a}\``).join(", ");

export function hostFeaturesMarkdown(): string {
  const lines = [
    `| Возможность | ExcelApi | Office.js | Без неё (ниже этой версии) |`,
    `| --- | --- | --- | --- |`,
    ...BASELINE.map(
      (u) =>
        `| ${cell(u.title)} | ${u.version} | ${apiList(u.apis)} | — (нужна всегда; минимум ${MIN_EXCEL_API}) |`,
    ),
    ...HOST_FEATURES.map(
      (f) => `| ${cell(f.title)} | ${f.version} | ${apiList(f.apis)} | ${cell(f.without)} |`,
    ),
  ];
  return lines.join("\n");
}
