/**
 * The parse worker: the streaming reader (src/xlsx) unzips and parses each school file here, off
 * the pane's main thread, so the progress bar and the buttons stay responsive while hundreds of
 * files are read. Only the compact input goes back — never the grid, which would cost a structured
 * clone of every cell.
 */
import { inputOfBytes } from "./inputOfBytes";
import type { ParseReply, ParseRequest } from "./parseMessages";

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply): void;
};

scope.onmessage = (event) => {
  if ("ping" in event.data) {
    scope.postMessage({ ready: true });
    return;
  }
  const { id, name, bytes, asOf, modified, formMap } = event.data;
  inputOfBytes(name, bytes, { asOf, modified, formMap }).then(
    (input) => scope.postMessage({ id, input }),
    (e: unknown) => scope.postMessage({ id, failure: e instanceof Error ? e.message : String(e) }),
  );
};
