/**
 * The zip-bomb guard of S003: a workbook may not unzip to more than MAX_UNZIPPED_BYTES. Declared
 * sizes are checked first (cheap); only when the compressed data could in theory inflate past the
 * limit are the entries really inflated and counted, so a lying header cannot get through either.
 */
import type JSZip from "jszip";
import { UnreadableWorkbookError } from "./errors";
import { inflatedSize } from "./inflatedSize";
import { DEFLATE_MAX_RATIO, MAX_UNZIPPED_BYTES } from "./limits";
import { type ZipEntryInfo, zipEntries } from "./zipEntries";

// Room for block headers and encoder quirks when comparing declared sizes.
const SLACK_BYTES = 1024;
// A DEFLATE stream can be larger than its data only by its block overhead (at most ~1/8 with
// fixed Huffman codes on random bytes); an entry declaring much less is lying.
const MAX_EXPANSION = 1.2;

export async function checkUnzippedSize(zip: JSZip, limit = MAX_UNZIPPED_BYTES): Promise<void> {
  const entries = zipEntries(zip);
  if (entries === null) {
    // JSZip's internals changed shape: count everything for real.
    await countInflated(
      Object.values(zip.files).filter((f) => !f.dir),
      null,
      limit,
    );
    return;
  }
  let declared = 0;
  let worstCase = 0;
  for (const e of entries) {
    if (declaresImpossibleSizes(e)) {
      throw new UnreadableWorkbookError("corrupt", `zip entry ${e.name} declares impossible sizes`);
    }
    declared += e.uncompressedSize;
    worstCase += e.stored ? e.compressedSize : e.compressedSize * DEFLATE_MAX_RATIO + SLACK_BYTES;
  }
  if (declared > limit) {
    throw new UnreadableWorkbookError("too-large-unzipped", `declared ${declared} bytes unzipped`);
  }
  if (worstCase > limit) {
    await countInflated(
      entries.map((e) => e.file),
      entries.map((e) => e.uncompressedSize),
      limit,
    );
  }
}

function declaresImpossibleSizes(e: ZipEntryInfo): boolean {
  if (e.stored) return e.compressedSize !== e.uncompressedSize;
  return (
    e.uncompressedSize > e.compressedSize * DEFLATE_MAX_RATIO + SLACK_BYTES ||
    e.compressedSize > e.uncompressedSize * MAX_EXPANSION + SLACK_BYTES
  );
}

async function countInflated(
  files: readonly JSZip.JSZipObject[],
  declared: readonly number[] | null,
  limit: number,
): Promise<void> {
  let budget = limit;
  for (let i = 0; i < files.length; i++) {
    let size: number;
    try {
      size = await inflatedSize(files[i], budget);
    } catch (e) {
      throw new UnreadableWorkbookError("corrupt", `zip entry ${files[i].name}: ${String(e)}`);
    }
    if (size > budget) {
      throw new UnreadableWorkbookError(
        "too-large-unzipped",
        `entry ${files[i].name} inflates past the limit`,
      );
    }
    if (declared !== null && size !== declared[i]) {
      throw new UnreadableWorkbookError(
        "corrupt",
        `zip entry ${files[i].name} inflates to ${size} bytes, not ${declared[i]}`,
      );
    }
    budget -= size;
  }
}
