/**
 * Which Office host the pane runs in. The manifest already asks for the minimum ExcelApi set, but
 * Office may still open the pane on an older host (old perpetual licences, a manifest sideloaded by
 * hand), so the pane checks again at start and explains instead of failing on the first Excel call.
 * Features of later sets are checked per section (src/domain/port/hostFeatures.ts).
 */
import { MIN_EXCEL_API } from "../../domain/port/hostFeatures";
import type { HostInfo } from "../../domain/port/workbookPort";

/** The requirement sets the pane cannot work without: the manifest's minimum. */
export const REQUIRED_SETS: readonly { readonly set: string; readonly version: string }[] = [
  { set: "ExcelApi", version: MIN_EXCEL_API },
];

/** The first required set the host lacks, e.g. "ExcelApi 1.9"; null when every set is there. */
export function missingRequirement(host: HostInfo): string | null {
  for (const { set, version } of REQUIRED_SETS) {
    let supported: boolean;
    try {
      supported = host.supports(set, version);
    } catch {
      // A host that cannot even answer the question cannot run the pane either.
      supported = false;
    }
    if (!supported) return `${set} ${version}`;
  }
  return null;
}
