// `npm run test:e2e` needs Debian's Chromium (or CHROMIUM_PATH): say so at once, before the slow
// webpack build, instead of failing — or hanging — inside the browser tests. Exit 2 when missing.
import { accessSync, constants } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `Браузерные тесты не запущены: нет Chromium (${path}). Установите его (apt-get install chromium) ` +
      "или укажите путь в переменной CHROMIUM_PATH.",
  );
  process.exit(2);
}
