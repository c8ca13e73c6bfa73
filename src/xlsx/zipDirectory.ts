/**
 * The entries of a zip archive, from its central directory (APPNOTE.TXT 4.3.12–4.3.16, zip64
 * included): names, declared sizes and where each entry's data starts. The reader needs random
 * access to single parts — the workbook before the sheets, the shared strings wherever they sit —
 * each inflated on its own and streamed; fflate inflates but lists entries only while inflating
 * them all at once, so the directory (a few fixed-size records) is read here. Nothing is inflated.
 */
import { UnreadableWorkbookError } from "./errors";

export interface ZipEntry {
  /** The name as stored (UTF-8), e.g. `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  /** 0 = stored, 8 = deflate; anything else cannot be read. */
  readonly method: number;
  readonly compressedSize: number;
  /** The uncompressed size the archive declares (checked against what really inflates). */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA = 0x0001;
const FLAG_ENCRYPTED = 0x0001;
const U16 = 0xffff;
const U32 = 0xffffffff;

const utf8 = new TextDecoder();

/**
 * Every entry of the archive, directories left out. A file cut short loses its directory (it sits
 * at the end): that is «truncated», the commonest way a copied workbook breaks.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new UnreadableWorkbookError("truncated", "no end of central directory record");
  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  let dirEnd = eocd;
  if (count === U16 || dirSize === U32 || dirOffset === U32) {
    const z64 = zip64Directory(view, eocd);
    if (z64 !== null) ({ count, dirSize, dirOffset, dirEnd } = z64);
  }
  if (dirOffset + dirSize > dirEnd)
    throw new UnreadableWorkbookError("truncated", "central directory out of range");
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_SIZE > bytes.length || view.getUint32(p, true) !== CENTRAL) {
      throw new UnreadableWorkbookError("truncated", `central directory entry ${i} missing`);
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const nameEnd = p + CENTRAL_SIZE + nameLength;
    if (nameEnd + extraLength > bytes.length)
      throw new UnreadableWorkbookError("truncated", "entry name out of range");
    const name = utf8.decode(bytes.subarray(p + CENTRAL_SIZE, nameEnd));
    if (flags & FLAG_ENCRYPTED) throw new UnreadableWorkbookError("encrypted", `entry ${name} is encrypted`);
    if (size === U32 || compressedSize === U32 || localOffset === U32) {
      // The zip64 extra field holds, in this order, only the fields whose 32-bit value is U32.
      const extra = extraField(view, nameEnd, extraLength, ZIP64_EXTRA);
      let q = extra?.start ?? -1;
      const next = (v: number) => {
        if (v !== U32) return v;
        if (q < 0 || q + 8 > (extra?.end ?? 0))
          throw new UnreadableWorkbookError("corrupt", `entry ${name}: zip64 field missing`);
        const value = Number(view.getBigUint64(q, true));
        q += 8;
        return value;
      };
      size = next(size);
      compressedSize = next(compressedSize);
      localOffset = next(localOffset);
    }
    if (!name.endsWith("/")) entries.push({ name, method, compressedSize, size, localOffset });
    p = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed data starts and ends, from its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + LOCAL_SIZE > bytes.length || view.getUint32(p, true) !== LOCAL) {
    throw new UnreadableWorkbookError("corrupt", `no local header for ${entry.name}`);
  }
  const start = p + LOCAL_SIZE + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new UnreadableWorkbookError("truncated", `data of ${entry.name} cut off`);
  return bytes.subarray(start, end);
}

/** The end-of-central-directory record: the last one, searched back over a comment of ≤ 64 KB. */
function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - U16);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === EOCD && p + EOCD_SIZE + view.getUint16(p + 20, true) <= view.byteLength)
      return p;
  }
  return -1;
}

function zip64Directory(
  view: DataView,
  eocd: number,
): { count: number; dirSize: number; dirOffset: number; dirEnd: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return null;
  // The record sits right before the locator, unless it carries extensible data: then the
  // locator's offset is the way to it.
  let record = locator - 56;
  if (record < 0 || view.getUint32(record, true) !== EOCD64)
    record = Number(view.getBigUint64(locator + 8, true));
  if (record < 0 || record + 56 > locator || view.getUint32(record, true) !== EOCD64) {
    throw new UnreadableWorkbookError("truncated", "zip64 end of central directory missing");
  }
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    dirSize: Number(view.getBigUint64(record + 40, true)),
    dirOffset: Number(view.getBigUint64(record + 48, true)),
    dirEnd: record,
  };
}

function extraField(
  view: DataView,
  start: number,
  length: number,
  id: number,
): { start: number; end: number } | null {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const size = view.getUint16(p + 2, true);
    if (view.getUint16(p, true) === id) return { start: p + 4, end: Math.min(end, p + 4 + size) };
    p += 4 + size;
  }
  return null;
}
