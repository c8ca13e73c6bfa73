// `npm start`: serve the add-in on https://localhost:3000 with webpack-dev-server and sideload
// manifest.xml where that can be done without Microsoft tooling.
//
// office-addin-debugging is not used: its keytar native dependency does not build on every machine.
// Certificates come from office-addin-dev-certs; where it cannot install its CA (Linux without sudo,
// containers, read-only trust stores) a CA and a localhost certificate are generated with the
// mkcert package it bundles and kept in .certs/, so the server always starts.
import { execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = join(projectDir, "manifest.xml");
const localCertDir = join(projectDir, ".certs");
const ORIGIN = "https://localhost:3000";
// Long enough that the fallback CA is trusted once and not every month (office-addin-dev-certs uses 30).
const FALLBACK_VALIDITY_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

/** First line of an error: the libraries wrap shell output into long multi-line messages. */
function shortReason(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").find((line) => line.trim() !== "") ?? message;
}

/** Certificates trusted by the OS store when office-addin-dev-certs can install its CA. */
async function officeDevCerts() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  // Where office-addin-dev-certs keeps its files (its `defaults` module is not exported).
  return { ...options, caPath: join(homedir(), ".office-addin-dev-certs", "ca.crt"), trusted: true };
}

function validForADay(pem) {
  try {
    return new Date(new X509Certificate(pem).validTo).getTime() - Date.now() > DAY_MS;
  } catch {
    return false;
  }
}

/**
 * A project-local CA + localhost certificate. The CA key is kept so an expired localhost certificate
 * is re-issued by the same CA and the user does not have to trust a new CA each time.
 */
async function fallbackCerts() {
  // mkcert is office-addin-dev-certs' own dependency; resolving it from there survives re-hoisting.
  const mkcert = createRequire(require.resolve("office-addin-dev-certs"))("mkcert");
  const paths = {
    caCert: join(localCertDir, "ca.crt"),
    caKey: join(localCertDir, "ca.key"),
    cert: join(localCertDir, "localhost.crt"),
    key: join(localCertDir, "localhost.key"),
  };
  mkdirSync(localCertDir, { recursive: true });
  const read = (file) => (existsSync(file) ? readFileSync(file, "utf8") : null);

  let ca = { cert: read(paths.caCert), key: read(paths.caKey) };
  const newCa = !ca.cert || !ca.key || !validForADay(ca.cert);
  if (newCa) {
    ca = await mkcert.createCA({
      organization: "Nastavnik Development CA",
      countryCode: "RU",
      state: "Moscow",
      locality: "Moscow",
      validity: FALLBACK_VALIDITY_DAYS,
    });
    writeFileSync(paths.caCert, ca.cert);
    writeFileSync(paths.caKey, ca.key, { mode: 0o600 });
    console.log(`Создан новый корневой сертификат / new CA certificate: ${paths.caCert}`);
  }

  let leaf = { cert: read(paths.cert), key: read(paths.key) };
  // A new CA cannot vouch for the old localhost certificate, so that one is re-issued as well.
  if (newCa || !leaf.cert || !leaf.key || !validForADay(leaf.cert)) {
    leaf = await mkcert.createCert({
      ca,
      domains: ["localhost", "127.0.0.1"],
      validity: FALLBACK_VALIDITY_DAYS,
    });
    writeFileSync(paths.cert, leaf.cert);
    writeFileSync(paths.key, leaf.key, { mode: 0o600 });
  }
  return { ca: ca.cert, cert: leaf.cert, key: leaf.key, caPath: paths.caCert, trusted: false };
}

async function httpsOptions() {
  heading("Сертификаты / Certificates");
  try {
    return await officeDevCerts();
  } catch (error) {
    console.log(
      `office-addin-dev-certs не смог установить сертификат / could not install its CA: ${shortReason(error)}`,
    );
    console.log(`Использую локальные сертификаты / using project-local certificates in ${localCertDir}`);
    return fallbackCerts();
  }
}

function manifestId() {
  const match = /<Id>\s*([0-9a-fA-F-]{36})\s*<\/Id>/.exec(readFileSync(manifestPath, "utf8"));
  if (!match) throw new Error(`manifest.xml has no <Id> GUID: ${manifestPath}`);
  return match[1];
}

/** Registers the manifest with desktop Excel where a file or registry entry is all it takes. */
function sideload() {
  const id = manifestId();
  if (process.platform === "win32") {
    execFileSync(
      "reg",
      [
        "add",
        "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer",
        "/v",
        id,
        "/t",
        "REG_SZ",
        "/d",
        manifestPath,
        "/f",
      ],
      { stdio: "pipe" },
    );
    return (
      "Excel для Windows: надстройка зарегистрирована. Перезапустите Excel → Главная → «Наставничество».\n" +
      "Excel for Windows: add-in registered. Restart Excel → Home → «Наставничество»."
    );
  }
  if (process.platform === "darwin") {
    const wef = join(homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");
    mkdirSync(wef, { recursive: true });
    // Named by the Id so several sideloaded add-ins' manifest.xml files do not overwrite each other.
    copyFileSync(manifestPath, join(wef, `${id}.manifest.xml`));
    return (
      `Excel для Mac: манифест скопирован в ${wef}. Перезапустите Excel → Главная → «Наставничество».\n` +
      `Excel for Mac: manifest copied to ${wef}. Restart Excel → Home → «Наставничество».`
    );
  }
  return null;
}

function printWebInstructions(certs) {
  heading("Excel в браузере / Excel on the web");
  console.log(
    [
      "1. Откройте книгу в Excel в браузере (Excel на веб-сайте Microsoft 365).",
      "2. Вставка → Надстройки → Мои надстройки → Отправить мою надстройку.",
      `3. Выберите файл ${manifestPath}`,
      "",
      "1. Open a workbook in Excel on the web.",
      "2. Insert → Add-ins → My Add-ins → Upload My Add-in.",
      `3. Choose ${manifestPath}`,
    ].join("\n"),
  );
  if (!certs.trusted) {
    heading("Доверие к сертификату / Certificate trust");
    console.log(
      [
        "Браузер должен доверять корневому сертификату, иначе панель надстройки останется пустой:",
        "The browser must trust this CA certificate, otherwise the task pane stays blank:",
        `  ${certs.caPath}`,
        "Chrome/Edge: Настройки → Конфиденциальность и безопасность → Безопасность → Управление сертификатами →",
        "  Центры сертификации → Импорт (Settings → Privacy and security → Security → Manage certificates →",
        "  Authorities → Import), отметьте «доверять для сайтов» / tick “trust for websites”.",
        `Linux (NSS): certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Nastavnik Dev CA" -i "${certs.caPath}"`,
        `Проверка / check: откройте ${ORIGIN}/taskpane.html — без предупреждения о сертификате.`,
      ].join("\n"),
    );
  }
}

async function main() {
  const certs = await httpsOptions();

  heading("Сервер разработки / Dev server");
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(join(projectDir, "webpack.config.js"))({}, { mode: "development" });
  const { devServer, ...webpackConfig } = config;
  const compiler = webpack(webpackConfig);
  const server = new WebpackDevServer(
    {
      ...devServer,
      server: { type: "https", options: { ca: certs.ca, cert: certs.cert, key: certs.key } },
    },
    compiler,
  );

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: останавливаю сервер / stopping the server`);
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  // The instructions are printed after the first build, so webpack's output does not bury them;
  // setImmediate because webpack-dev-middleware prints its stats in a process.nextTick of this hook.
  let firstBuild = true;
  compiler.hooks.done.tap("nastavnik-start", (stats) => {
    if (!firstBuild || stats.hasErrors()) return;
    firstBuild = false;
    setImmediate(() => printReady(certs));
  });

  try {
    await server.start();
  } catch (error) {
    console.error(`Сервер не запустился / the server did not start: ${shortReason(error)}`);
    console.error(
      "Порт 3000 занят? Закройте другой `npm start`. / Port 3000 in use? Stop the other `npm start`.",
    );
    process.exit(1);
  }
}

function printReady(certs) {
  heading("Готово / Ready");
  console.log(`Панель / task pane: ${ORIGIN}/taskpane.html`);
  console.log(`Манифест / manifest: ${manifestPath}`);

  heading("Загрузка в Excel / Sideload");
  try {
    const desktop = sideload();
    console.log(desktop ?? "Excel для рабочего стола здесь недоступен / no desktop Excel on this platform.");
  } catch (error) {
    console.log(`Не удалось зарегистрировать надстройку / sideload failed: ${shortReason(error)}`);
  }
  printWebInstructions(certs);
  console.log("\nCtrl+C — остановить / stop.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
