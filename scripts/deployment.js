// What a deployment of the add-in is configured by: the HTTPS address it is served from (ADDIN_URL),
// the manifest written for that address, and the Content-Security-Policy of its pages.
// Used by webpack.config.js (the build writes dist/manifest.xml and the CSP meta tag), by the
// manifest test, and quoted by docs/deployment.md (a test keeps the quoted policy in step).
//
// manifest.xml in the repository is the one template: a complete, sideloadable development
// manifest whose every URL lies under DEV_BASE. A build for another address rewrites that base.
"use strict";

const DEV_BASE = "https://localhost:3000";

/** office.js and the files it loads itself (see docs/deployment.md, «Заголовки безопасности»). */
const OFFICE_JS_ORIGINS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

class DeploymentConfigError extends Error {}

/**
 * The base URL the add-in is served from, without a trailing slash: ADDIN_URL when set, else the
 * development server's address. Throws DeploymentConfigError with a message for the person who
 * typed the address (Russian first, like `npm start`, then English for the build log).
 * @param {string | undefined} value
 * @returns {string}
 */
function addinBase(value) {
  if (value === undefined || value.trim() === "") return DEV_BASE;
  const text = value.trim();
  const problem = (ru, en) =>
    new DeploymentConfigError(`ADDIN_URL=${text}: ${ru}\nADDIN_URL=${text}: ${en}`);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw problem(
      "это не адрес. Пример: ADDIN_URL=https://school.example.ru/nastavnik npm run build",
      "not a URL. Example: ADDIN_URL=https://school.example.ru/nastavnik npm run build",
    );
  }
  if (url.protocol !== "https:") {
    throw problem(
      "нужен адрес https://. Excel открывает надстройки только по HTTPS; поставьте на сервер сертификат и укажите https://…",
      "the address must be https://. Office loads add-ins over HTTPS only; put a certificate on the server and use https://…",
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw problem(
      "адрес не должен содержать логин, пароль, «?…» или «#…» — только https://сервер/папка",
      "the address must not carry credentials, a query or a fragment — only https://host/folder",
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

const xmlEscape = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The manifest for `base`: every URL of the template moves from DEV_BASE to `base`; the bare
 * origin (AppDomain) becomes the origin of `base`, since an AppDomain is an origin, not a folder.
 * @param {string} templateXml manifest.xml
 * @param {string} base a value returned by addinBase()
 * @returns {string}
 */
function renderManifest(templateXml, base) {
  const origin = new URL(base).origin;
  // Only whole attribute values and element texts are URLs; comments that mention the base stay.
  const devUrl = new RegExp(`(?<=["'>])${DEV_BASE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(/[^"'<\\s]*)?(?=["'<])`, "g");
  return templateXml.replace(devUrl, (_match, path) => xmlEscape(path ? `${base}${path}` : origin));
}

/**
 * The Content-Security-Policy of the add-in's pages: its own files and office.js, nothing else.
 * Styles may be inline: Fluent UI injects its styles at run time, and so does office.js on the web.
 * Development adds what webpack-dev-server needs (eval source maps, the live-reload socket).
 * @param {"production" | "development"} mode
 * @returns {string}
 */
function contentSecurityPolicy(mode = "production") {
  const dev = mode === "development";
  const scripts = ["'self'", ...OFFICE_JS_ORIGINS, ...(dev ? ["'unsafe-eval'"] : [])];
  const connect = ["'self'", OFFICE_JS_ORIGINS[0], ...(dev ? ["wss://localhost:3000"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

module.exports = { DEV_BASE, DeploymentConfigError, addinBase, renderManifest, contentSecurityPolicy };
