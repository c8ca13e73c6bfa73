/** Node's native zlib as the reader's inflater (Node only: used by readFile.ts, never in the browser bundle). */
import { inflateRawSync } from "node:zlib";
import type { WholeInflater } from "./inflate";

export const zlibInflater: WholeInflater = (data, size) => {
  try {
    // zlib stops as soon as the output passes the limit: a lying header costs nothing.
    const out = inflateRawSync(data, { maxOutputLength: size + 1 });
    return out.length > size ? null : out;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
};
