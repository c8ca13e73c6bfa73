/**
 * Zip archives in the forms other writers produce that fflate does not: every size and offset in
 * zip64 records (as .NET's packaging writes when it streams). Entries are stored, so no compressor
 * is needed here.
 */
import { unzipSync } from "fflate";

const u16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
const u32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
const u64 = (v: number) => [...u32(v % 2 ** 32), ...u32(Math.floor(v / 2 ** 32))];

/** The archive's entries again, stored, with zip64 sizes and offsets everywhere. */
export function asZip64(zip: Uint8Array): Uint8Array {
  const entries = Object.entries(unzipSync(zip));
  const out: number[] = [];
  const central: number[] = [];
  const utf8 = new TextEncoder();
  for (const [name, data] of entries) {
    const nameBytes = [...utf8.encode(name)];
    const offset = out.length;
    const extra = [...u16(0x0001), ...u16(16), ...u64(data.length), ...u64(data.length)];
    // Local header: version 45, flag bit 11 (UTF-8 name), stored, no time, crc 0 (readers of .xlsx do not check it).
    out.push(...u32(0x04034b50), ...u16(45), ...u16(0x0800), ...u16(0), ...u32(0), ...u32(0));
    out.push(
      ...u32(0xffffffff),
      ...u32(0xffffffff),
      ...u16(nameBytes.length),
      ...u16(extra.length),
      ...nameBytes,
      ...extra,
    );
    out.push(...data);
    const cextra = [...u16(0x0001), ...u16(24), ...u64(data.length), ...u64(data.length), ...u64(offset)];
    central.push(...u32(0x02014b50), ...u16(45), ...u16(45), ...u16(0x0800), ...u16(0), ...u32(0), ...u32(0));
    central.push(
      ...u32(0xffffffff),
      ...u32(0xffffffff),
      ...u16(nameBytes.length),
      ...u16(cextra.length),
      ...u16(0),
    );
    central.push(...u16(0), ...u16(0), ...u32(0), ...u32(0xffffffff), ...nameBytes, ...cextra);
  }
  const dirOffset = out.length;
  out.push(...central);
  const eocd64 = out.length;
  out.push(...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0));
  out.push(...u64(entries.length), ...u64(entries.length), ...u64(central.length), ...u64(dirOffset));
  out.push(...u32(0x07064b50), ...u32(0), ...u64(eocd64), ...u32(1));
  out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff));
  out.push(...u32(0xffffffff), ...u32(0xffffffff), ...u16(0));
  return Uint8Array.from(out);
}
