/**
 * What the running Excel supports, asked of office.js. The adapter gates every call of a set later
 * than the manifest's minimum on the feature table (src/domain/port/hostFeatures.ts).
 */
import { hasFeature, type HostFeatureId } from "../domain/port/hostFeatures";

export function hostSupports(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
}

export function officeHas(feature: HostFeatureId): boolean {
  return hasFeature({ supports: hostSupports }, feature);
}
