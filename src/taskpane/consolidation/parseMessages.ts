/** What the pane and the parse worker say to each other (structured-cloned, so plain data only). */
import type { ConsolidationInput } from "../../domain/consolidation/input";
import type { DayNumber } from "../../domain/values/dates";

export interface ParseRequest {
  readonly id: number;
  readonly name: string;
  /** Transferred, not copied: the pane has no further use for the bytes. */
  readonly bytes: ArrayBuffer;
  readonly asOf?: DayNumber;
}

export type ParseReply =
  | { readonly id: number; readonly input: ConsolidationInput }
  | { readonly id: number; readonly failure: string };
