/**
 * Telling file formats apart by their first bytes, before any parser sees them: a password-protected
 * .xlsx is not a zip but an OLE compound file, like an old .xls, and both deserve their own message.
 */

export type FileKind = "empty" | "zip" | "encrypted-ooxml" | "compound" | "other";

// OLE / Compound File Binary header: old .xls, and .xlsx encrypted with a password.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Every zip starts with a local file header «PK\x03\x04» (or «PK\x05\x06» for an empty archive).
const ZIP_MAGIC = [0x50, 0x4b];
// An encrypted OOXML package keeps its content in a CFB stream named «EncryptedPackage»; CFB stores
// directory names as UTF-16LE.
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, CFB_MAGIC))
    return indexOf(bytes, ENCRYPTED_PACKAGE) >= 0 ? "encrypted-ooxml" : "compound";
  return "other";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}
