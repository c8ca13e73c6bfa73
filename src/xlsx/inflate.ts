/**
 * Inflating one small part at once. Most parts of a school workbook are a few kilobytes: inflated
 * straight into a buffer of the size the zip declares, they cost one allocation, where a stream
 * costs a 32 KB window and growing buffers per part (bench/consolidate: a third of the inflating
 * time). Larger parts are streamed (zipPackage.ts). fflate is the default; Node passes its native
 * zlib (nodeInflate.ts), three times faster.
 */
import { inflateSync } from "fflate";

/**
 * Inflates a raw DEFLATE stream the zip says is `size` bytes: the bytes, or null when it inflates
 * to more than that (a lying header). Fewer bytes are returned as they are, for the caller to refuse.
 * Throws on damaged data.
 */
export type WholeInflater = (data: Uint8Array, size: number) => Uint8Array | null;

/** fflate writes into the buffer it is given and drops what does not fit: one byte more shows an overflow. */
export const fflateInflater: WholeInflater = (data, size) => {
  const out = inflateSync(data, { out: new Uint8Array(size + 1) });
  return out.length > size ? null : out;
};
