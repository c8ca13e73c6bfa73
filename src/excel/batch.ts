/**
 * A request batch that stays under Excel on the web's request limit: operations are queued on the
 * context and a sync is issued before the estimated payload would pass the budget.
 */

// Excel on the web rejects a request over 5 MB; 4 MB leaves room for the proxy overhead.
export const MAX_CHUNK_BYTES = 4_000_000;

/** The JSON size of a payload, as the request carries it (UTF-16 strings count their UTF-8 bytes). */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++)
    if (json.charCodeAt(i) > 0x7f) bytes += json.charCodeAt(i) > 0x7ff ? 2 : 1;
  return bytes;
}

export class Batch {
  private pending = 0;
  private suspended = false;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly maxBytes = MAX_CHUNK_BYTES,
    /** Whether the host can suspend screen updating (ExcelApi 1.9); below it writes just redraw. */
    private readonly canSuspendScreen = true,
  ) {}

  /** Reserves room for a payload, syncing first when the batch would grow past the limit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.maxBytes) await this.flush();
    this.suspendScreen();
    this.pending += bytes;
  }

  /** Screen updating resumes at every sync; each part of a big write suspends it again. */
  suspendScreen(): void {
    if (this.suspended || !this.canSuspendScreen) return;
    this.context.application.suspendScreenUpdatingUntilNextSync();
    this.suspended = true;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
    this.suspended = false;
  }
}

/** Splits rows into chunks whose payload stays under the limit. */
export function chunkRows<T>(rows: readonly T[], maxBytes = MAX_CHUNK_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const b = payloadBytes(row) + 1;
    if (current.length > 0 && size + b > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
