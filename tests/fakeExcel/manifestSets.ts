/**
 * The requirement sets manifest.xml declares (`<Requirements><Sets><Set Name MinVersion/>`), read
 * once per test process: the fake host's default (tests/setup.ts, tests/e2e/browser.ts), so the
 * adapter and the pane are tested at the oldest Excel the add-in claims to run on. Sets the
 * manifest does not name keep the fake's own versions (optional features, gated at run time).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { DEFAULT_REQUIREMENT_SETS } from "./proxy/host";

const MANIFEST = join(__dirname, "..", "..", "manifest.xml");

interface SetNode {
  readonly "@_Name": string;
  readonly "@_MinVersion"?: string;
}

let cached: Record<string, string> | undefined;

/** The sets and versions manifest.xml requires, e.g. { ExcelApi: "1.9" }. */
export function manifestRequiredSets(): Record<string, string> {
  if (cached) return cached;
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "Set" }).parse(
    readFileSync(MANIFEST, "utf8"),
  );
  const sets = xml.OfficeApp?.Requirements?.Sets;
  if (!sets) throw new Error("manifest.xml declares no <Requirements><Sets>");
  const fallback: string = sets["@_DefaultMinVersion"] ?? "1.1";
  cached = Object.fromEntries(
    (sets.Set as SetNode[]).map((s) => [s["@_Name"], s["@_MinVersion"] ?? fallback]),
  );
  return cached;
}

/** What a fake host offers by default: the fake's own sets, the manifest's at their minimum. */
export function manifestHostSets(): Record<string, string> {
  return { ...DEFAULT_REQUIREMENT_SETS, ...manifestRequiredSets() };
}
