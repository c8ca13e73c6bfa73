/** What the pane and the parse worker say to each other (structured-cloned, so plain data only). */
import type { ConsolidationInput } from "../../domain/consolidation/input";
import type { FormMap } from "../../domain/forms/formMap";
import type { DayNumber } from "../../domain/values/dates";

export interface FileRequest {
  readonly id: number;
  readonly name: string;
  /** Transferred, not copied: the pane has no further use for the bytes. */
  readonly bytes: ArrayBuffer;
  readonly asOf?: DayNumber;
  /** The file's modification time (File.lastModified): decides between two files of a school. */
  readonly modified?: number;
  /** The chosen mapping of a region's own form (plain data). */
  readonly formMap?: FormMap;
}

/** A file to read, or — asked of a fresh worker — a ping it answers «ready» once its script runs. */
export type ParseRequest = FileRequest | { readonly ping: true };

export type ParseReply =
  | { readonly ready: true }
  | { readonly id: number; readonly input: ConsolidationInput }
  | { readonly id: number; readonly failure: string };
