/**
 * A zip archive opened for reading parts one at a time, with the zip-bomb guard of S003: the
 * entries together may not declare more than MAX_UNZIPPED_BYTES, no entry may declare sizes DEFLATE
 * cannot produce, and a part is never inflated past what it declares — so nothing inflated can
 * exceed the limit, whatever the headers say, and parts the reader does not need cost nothing.
 */
import { Inflate } from "fflate";
import { UnreadableWorkbookError } from "./errors";
import { type WholeInflater, fflateInflater } from "./inflate";
import { DEFLATE_MAX_RATIO, MAX_UNZIPPED_BYTES } from "./limits";
import { type ZipEntry, entryData, zipDirectory } from "./zipDirectory";

const STORED = 0;
const DEFLATED = 8;
// Room for block headers and encoder quirks when comparing declared sizes.
const SLACK_BYTES = 1024;
// A DEFLATE stream can be larger than its data only by its block overhead (at most ~1/8 with
// fixed Huffman codes on random bytes); an entry declaring much less is lying.
const MAX_EXPANSION = 1.2;
/**
 * Compressed bytes given to the inflater at a time. One slice inflates to at most ~16 MB (the
 * DEFLATE ratio), so a part that lies about its size is stopped within 16 MB of its lie; a
 * typical school part (a few kilobytes compressed) goes in one slice.
 */
const INPUT_SLICE = 16 * 1024;
/**
 * Parts up to this size, compressed, are inflated at once (inflate.ts); larger ones are streamed.
 * 64 KB inflate to at most ~64 MB (the DEFLATE ratio) — the work an inflater that cannot stop early
 * (fflate) may do on a part that lies about its size.
 */
const WHOLE_COMPRESSED = 64 * 1024;
/** …and only when they declare at most this much, so memory holds the part only once, and little of it. */
const WHOLE_SIZE = 4 * 1024 * 1024;
/** Stored (uncompressed) parts are handed on in slices of this size, so text is decoded piecewise. */
const STORED_SLICE = 1024 * 1024;

/** Receives a part's bytes in order; `last` on the final call. */
export type ChunkSink = (chunk: Uint8Array, last: boolean) => void;

export class ZipPackage {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLooseName = new Map<string, ZipEntry>();
  private readonly declaredTotal: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateWhole: WholeInflater = fflateInflater,
  ) {
    let total = 0;
    for (const e of zipDirectory(bytes)) {
      if (declaresImpossibleSizes(e)) {
        throw new UnreadableWorkbookError("corrupt", `zip entry ${e.name} declares impossible sizes`);
      }
      total += e.size;
      // A later entry of the same name wins, as in JSZip (which ExcelJS used).
      this.byName.set(stripSlash(e.name), e);
      this.byLooseName.set(looseName(e.name), e);
    }
    if (total > MAX_UNZIPPED_BYTES) {
      throw new UnreadableWorkbookError("too-large-unzipped", `declared ${total} bytes unzipped`);
    }
    this.declaredTotal = total;
  }

  /**
   * The entry of a part name (`xl/workbook.xml`). Part names are compared as OPC compares them:
   * without a leading «/», ASCII case-insensitively, percent-escapes decoded — some writers store
   * `/xl/...`, `Sheet1.xml` for a relationship's `sheet1.xml`, or `%D0%9B...` for `Л...`.
   */
  entry(partName: string): ZipEntry | null {
    return this.byName.get(stripSlash(partName)) ?? this.byLooseName.get(looseName(partName)) ?? null;
  }

  /**
   * The part's bytes, in chunks, to `sink`; throws UnreadableWorkbookError when they are not what
   * the zip declares. Whatever `sink` throws is passed on as it is.
   */
  stream(entry: ZipEntry, sink: ChunkSink): void {
    const data = entryData(this.bytes, entry);
    if (entry.method === STORED) {
      for (let i = 0; i < data.length || i === 0; i += STORED_SLICE) {
        const end = Math.min(data.length, i + STORED_SLICE);
        sink(data.subarray(i, end), end === data.length);
      }
      return;
    }
    if (entry.method !== DEFLATED) {
      throw new UnreadableWorkbookError(
        "corrupt",
        `zip entry ${entry.name}: compression method ${entry.method}`,
      );
    }
    if (data.length <= WHOLE_COMPRESSED && entry.size <= WHOLE_SIZE) {
      sink(this.inflated(entry, data), true);
      return;
    }
    let produced = 0;
    let sinkFailed = false;
    const budget = this.budgetFor(entry);
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      if (produced > entry.size) {
        // Past its declared size nothing more is handed on; counting goes on to tell a bomb from a damaged file.
        if (produced > budget) throw this.bombError(entry);
        if (final) throw this.overSizeError(entry);
        return;
      }
      if (final && produced !== entry.size) {
        throw new UnreadableWorkbookError(
          "corrupt",
          `zip entry ${entry.name} inflates to ${produced} bytes, not ${entry.size}`,
        );
      }
      if (chunk.length === 0 && !final) return;
      try {
        sink(chunk, final);
      } catch (e) {
        sinkFailed = true;
        throw e;
      }
    });
    try {
      pushAll(inflater, data);
    } catch (e) {
      if (sinkFailed || e instanceof UnreadableWorkbookError) throw e;
      throw new UnreadableWorkbookError("corrupt", `zip entry ${entry.name}: ${String(e)}`);
    }
  }

  private inflated(entry: ZipEntry, data: Uint8Array): Uint8Array {
    let out: Uint8Array | null;
    try {
      out = this.inflateWhole(data, entry.size);
    } catch (e) {
      throw new UnreadableWorkbookError("corrupt", `zip entry ${entry.name}: ${String(e)}`);
    }
    if (out === null) throw this.overflowError(entry, data);
    if (out.length !== entry.size) {
      throw new UnreadableWorkbookError(
        "corrupt",
        `zip entry ${entry.name} inflates to ${out.length} bytes, not ${entry.size}`,
      );
    }
    return out;
  }

  /**
   * A part inflating past its declared size: a zip bomb when, with what the other parts declare,
   * it passes the limit (counted on without keeping anything), else a damaged file.
   */
  private overflowError(entry: ZipEntry, data: Uint8Array): UnreadableWorkbookError {
    const budget = this.budgetFor(entry);
    let total = 0;
    const counter = new Inflate((chunk) => {
      total += chunk.length;
      if (total > budget) throw this.bombError(entry);
    });
    try {
      pushAll(counter, data);
    } catch (e) {
      if (e instanceof UnreadableWorkbookError) return e;
    }
    return this.overSizeError(entry);
  }

  /** What a part may inflate to before the package passes MAX_UNZIPPED_BYTES. */
  private budgetFor(entry: ZipEntry): number {
    return MAX_UNZIPPED_BYTES - (this.declaredTotal - entry.size);
  }

  private bombError(entry: ZipEntry): UnreadableWorkbookError {
    return new UnreadableWorkbookError("too-large-unzipped", `entry ${entry.name} inflates past the limit`);
  }

  private overSizeError(entry: ZipEntry): UnreadableWorkbookError {
    return new UnreadableWorkbookError(
      "corrupt",
      `zip entry ${entry.name} inflates to more than ${entry.size} bytes`,
    );
  }
}

function pushAll(inflater: Inflate, data: Uint8Array): void {
  if (data.length === 0) {
    inflater.push(data, true);
    return;
  }
  for (let i = 0; i < data.length; i += INPUT_SLICE) {
    const end = Math.min(data.length, i + INPUT_SLICE);
    inflater.push(data.subarray(i, end), end === data.length);
  }
}

function declaresImpossibleSizes(e: ZipEntry): boolean {
  if (e.method === STORED) return e.compressedSize !== e.size;
  return (
    e.size > e.compressedSize * DEFLATE_MAX_RATIO + SLACK_BYTES ||
    e.compressedSize > e.size * MAX_EXPANSION + SLACK_BYTES
  );
}

const stripSlash = (name: string) => (name.startsWith("/") ? name.slice(1) : name);

function looseName(name: string): string {
  let n = stripSlash(name);
  if (n.includes("%")) {
    try {
      n = decodeURIComponent(n);
    } catch {
      // not an escape after all: compared as it is
    }
  }
  return n.toLowerCase();
}
