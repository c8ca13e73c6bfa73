/**
 * Counting what an entry really inflates to, chunk by chunk, without keeping the chunks: the only
 * defence against a zip whose headers lie about its sizes. JSZip's documented `internalStream`
 * delivers the output in small pieces, so memory stays flat however large the entry is.
 */
import type JSZip from "jszip";

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/**
 * Inflates `file` and resolves with its real size, or with a number above `budget` as soon as it
 * passes it (the rest is not inflated). Rejects when the data is corrupt.
 */
export function inflatedSize(file: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream(
      "uint8array",
    );
    let total = 0;
    let done = false;
    stream
      .on("data", (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > budget) {
          done = true;
          stream.pause();
          resolve(total);
        }
      })
      .on("error", (e) => {
        if (done) return;
        done = true;
        reject(e);
      })
      .on("end", () => {
        if (done) return;
        done = true;
        resolve(total);
      })
      .resume();
  });
}
