/**
 * The Office host for components deep in a section that word their result by what this Excel can
 * do (src/domain/port/hostFeatures.ts). Without a provider — component tests — every feature is there.
 */
import { createContext, useContext, type ReactNode } from "react";
import { hasFeature, type HostFeatureId } from "../../domain/port/hostFeatures";
import type { HostInfo } from "../../domain/port/workbookPort";

const everything: HostInfo = { supports: () => true };
const HostContext = createContext<HostInfo>(everything);

export function HostProvider({ host, children }: { host: HostInfo; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHostFeature(id: HostFeatureId): boolean {
  return hasFeature(useContext(HostContext), id);
}
