/** Byte surgery on zip files, to build the broken and lying archives the reader must refuse. */

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function nameAt(bytes: Uint8Array, offset: number, length: number): string {
  return new TextDecoder().decode(bytes.subarray(offset, offset + length));
}

/** Offsets of the local and central headers of `entry`. */
function headersOf(bytes: Uint8Array, entry: string): { local: number; central: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== CENTRAL_HEADER) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (nameAt(bytes, i + 46, nameLength) === entry)
      return { local: view.getUint32(i + 42, true), central: i };
  }
  throw new Error(`no entry ${entry}`);
}

/** A copy whose headers declare `size` as the entry's uncompressed size (a lying header). */
export function withDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { local, central } = headersOf(out, entry);
  if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error("bad local header");
  view.setUint32(local + 22, size, true);
  view.setUint32(central + 24, size, true);
  return out;
}

/** A copy with the entry's compressed data overwritten in the middle. */
export function withDamagedData(zip: Uint8Array, entry: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { local } = headersOf(out, entry);
  const compressed = view.getUint32(local + 18, true);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  for (let i = start + Math.floor(compressed / 3); i < start + Math.floor((2 * compressed) / 3); i++)
    out[i] = 0xff;
  return out;
}

/** A copy whose headers mark the entry as encrypted with the old zip password scheme (flag bit 0). */
export function withEncryptedFlag(zip: Uint8Array, entry: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { local, central } = headersOf(out, entry);
  view.setUint16(local + 6, view.getUint16(local + 6, true) | 1, true);
  view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
  return out;
}

/** A copy whose headers name another compression method for the entry (12 = bzip2). */
export function withMethod(zip: Uint8Array, entry: string, method: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const { local, central } = headersOf(out, entry);
  view.setUint16(local + 8, method, true);
  view.setUint16(central + 10, method, true);
  return out;
}
