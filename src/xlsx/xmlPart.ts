/**
 * One XML part of a package, streamed: inflated chunk by chunk (zipPackage), decoded, and fed to
 * saxes, a strict streaming parser — a part that is not well-formed XML is «corrupt», as Excel
 * would call it. Only events reach the reader, never a document tree, so memory stays with what
 * the reader keeps. Element names arrive without their prefix: `x:c` (Open XML SDK) is `c`.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { UnreadableWorkbookError } from "./errors";
import type { ZipEntry } from "./zipDirectory";
import type { ZipPackage } from "./zipPackage";

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Character data (entities decoded, CDATA included), possibly in several pieces. */
  text(text: string): void;
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

const OPTIONS = { position: false, xmlns: false } as const;
/**
 * A parser resets itself for the next document when one is closed, and making one costs more than
 * parsing a small part: school files have a dozen parts each. One left broken by an error is dropped.
 */
let idle: SaxesParser<typeof OPTIONS> | null = null;

export function parseXmlPart(pkg: ZipPackage, entry: ZipEntry, handler: XmlHandler): void {
  const parser = idle ?? new SaxesParser(OPTIONS);
  idle = null;
  parser.on("error", (e) => {
    throw new UnreadableWorkbookError("corrupt", `${entry.name}: ${e.message}`);
  });
  parser.on("opentag", (tag: SaxesTagPlain) => handler.open(localName(tag.name), tag.attributes));
  parser.on("closetag", (tag: SaxesTagPlain) => handler.close(localName(tag.name)));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  let decoder: TextDecoder | null = null;
  pkg.stream(entry, (chunk, last) => {
    decoder ??= new TextDecoder(encodingOf(chunk));
    const text = decoder.decode(chunk, { stream: !last });
    if (text.length > 0) parser.write(text);
  });
  parser.close();
  idle = parser;
}

/**
 * XML parts are UTF-8, or UTF-16 with a byte-order mark (ECMA-376 Part 2, 8.1.4); the decoder
 * drops the mark. A malformed byte becomes U+FFFD, as in the reader this one replaced.
 */
function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  return "utf-8";
}
