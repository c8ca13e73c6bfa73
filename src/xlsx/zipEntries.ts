/**
 * The sizes a zip declares for its entries. JSZip keeps them on each entry's private `_data`
 * (a CompressedObject); its typings do not expose them, so they are read through this one guard.
 */
import type JSZip from "jszip";

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Stored without compression: inflating cannot make it larger. */
  readonly stored: boolean;
  readonly file: JSZip.JSZipObject;
}

interface CompressedObjectLike {
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly compression?: { readonly magic?: string };
}

const STORE_MAGIC = "\x00\x00";

function compressedObjectOf(file: JSZip.JSZipObject): CompressedObjectLike | null {
  const data = (file as unknown as { _data?: unknown })._data;
  if (typeof data !== "object" || data === null) return null;
  const d = data as Partial<CompressedObjectLike>;
  return typeof d.compressedSize === "number" && typeof d.uncompressedSize === "number"
    ? (d as CompressedObjectLike)
    : null;
}

/** Every file entry of a loaded zip with its declared sizes; null if JSZip's internals changed shape. */
export function zipEntries(zip: JSZip): ZipEntryInfo[] | null {
  const out: ZipEntryInfo[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = compressedObjectOf(file);
    if (data === null) return null;
    out.push({
      name: file.name,
      compressedSize: data.compressedSize,
      uncompressedSize: data.uncompressedSize,
      stored: data.compression?.magic === STORE_MAGIC,
      file,
    });
  }
  return out;
}
