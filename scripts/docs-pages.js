// The Russian documents of docs/ as web pages served with the add-in (dist/docs/*.html), so the
// manifest's SupportUrl and the pane's links open a readable page on any web server: a school's
// IIS does not even serve .md files. Other files in docs/ (screenshots) are copied as they are.
"use strict";
const { readdirSync, readFileSync, existsSync } = require("node:fs");
const { join, basename } = require("node:path");
const { marked } = require("marked");

const STYLE = `body{font-family:"Segoe UI",system-ui,-apple-system,sans-serif;font-size:15px;line-height:1.55;
color:#242424;max-width:52em;margin:0 auto;padding:24px 16px}h1,h2,h3{font-weight:600;line-height:1.25}
a{color:#0f6cbd}code,pre{font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:13px;background:#f5f5f5}
pre{padding:12px;overflow-x:auto}table{border-collapse:collapse;margin:12px 0}
th,td{border:1px solid #d1d1d1;padding:4px 8px;vertical-align:top;text-align:left}th{background:#f0f0f0}
img{max-width:100%;border:1px solid #e0e0e0}`;

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * One document as a page: its first heading as the title, links to sibling .md files turned into
 * links to their pages.
 * @param {string} markdown
 * @param {string} csp the Content-Security-Policy of the add-in's pages
 */
function renderDocPage(markdown, csp) {
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? "Наставник";
  const body = marked
    .parse(markdown, { async: false })
    .replace(/href="(?![a-z]+:|#)([^"#]+)\.md(#[^"]*)?"/g, (_m, path, hash) => `href="${path}.html${hash ?? ""}"`);
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Наставник</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}

/** Webpack plugin: docs/*.md → docs/*.html in the build (nothing when docs/ does not exist). */
class DocsPagesPlugin {
  /** @param {{ dir: string, csp: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("DocsPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DocsPagesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { dir, csp } = this.options;
          if (!existsSync(dir)) return;
          compilation.contextDependencies.add(dir);
          for (const file of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
            const page = renderDocPage(readFileSync(join(dir, file), "utf8"), csp);
            compilation.emitAsset(`docs/${basename(file, ".md")}.html`, new RawSource(page));
          }
        },
      );
    });
  }
}

module.exports = { DocsPagesPlugin, renderDocPage };
