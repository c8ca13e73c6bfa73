/**
 * Where the CLI writes: results on stdout, progress and diagnostics on stderr (never into JSON).
 * Text from files never reaches the terminal raw (terminalText.ts).
 */
import { jsonSafe, terminalSafe } from "./terminalText";

export interface Output {
  line(text?: string): void;
  json(value: unknown): void;
  error(text: string): void;
  progress(done: number, total: number, file: string): void;
  progressDone(total: number): void;
}

export function consoleOutput(opts: { progress: boolean }): Output {
  const showProgress = opts.progress && process.stderr.isTTY === true;
  return {
    line: (text = "") => process.stdout.write(`${terminalSafe(text)}\n`),
    json: (value) => process.stdout.write(`${jsonSafe(JSON.stringify(value, null, 2))}\n`),
    error: (text) => process.stderr.write(`${terminalSafe(text)}\n`),
    progress(done, total, file) {
      if (showProgress && total > 1)
        process.stderr.write(`\r${`[${done}/${total}] ${terminalSafe(file)}`.padEnd(80).slice(0, 120)}`);
    },
    progressDone(total) {
      if (showProgress && total > 1) process.stderr.write("\n");
    },
  };
}
