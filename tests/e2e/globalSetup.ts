/**
 * globalSetup of the browser tests: a clear message at once when Chromium is missing (rather than
 * a hang or a launch error in every test), then the school workbooks every suite reads.
 */
import { accessSync, constants } from "node:fs";
import fixtures from "../fixtures/globalSetup";

export default function globalSetup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    throw new Error(
      `Браузерные тесты не запущены: нет Chromium (${chromium}). Установите его (apt-get install chromium) или укажите путь в CHROMIUM_PATH.`,
    );
  }
  fixtures();
}
