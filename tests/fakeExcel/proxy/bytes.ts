/**
 * Payload accounting. Excel on the web rejects a request or a response over 5 MB; the fake
 * measures the UTF-8 size of each operation's JSON payload, because the wire format is UTF-8 JSON
 * and Cyrillic text costs two bytes per character (a chunker that counts `string.length` would
 * send twice what it thinks).
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Fixed cost of one action in the request envelope (ids, action type, object path). */
export const OP_OVERHEAD_BYTES = 64;

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdfff)
      n += 2; // each half of a surrogate pair: 4 bytes per pair
    else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}
