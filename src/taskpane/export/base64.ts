/** Bytes as base64, for `Excel.createWorkbook`, which takes the file only in that form. */

// String.fromCharCode takes its arguments on the stack; 32 K at a time stays well inside every
// engine's argument limit, where a whole file at once would throw RangeError.
const CHUNK = 0x8000;

export function base64OfBytes(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
