// Build of the task pane and the ribbon function file.
// `ADDIN_URL=https://host/folder npm run build` → dist/: static files for that HTTPS address, with
// dist/manifest.xml written for it (without ADDIN_URL: the development address, https://localhost:3000).
// `npm start` (scripts/start.mjs) reuses this config with webpack-dev-server and dev certificates.
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  DEV_BASE,
  DeploymentConfigError,
  addinBase,
  contentSecurityPolicy,
  renderManifest,
} = require("./scripts/deployment");
const { DocsPagesPlugin } = require("./scripts/docs-pages");

const DEV_SERVER_PORT = 3000;
const BOOT_GUARD = path.resolve(__dirname, "src/boot/bootGuard.js");

/** ADDIN_URL from `--env ADDIN_URL=…` or the environment; a wrong one stops the build with its reason. */
function deploymentBase(env) {
  try {
    return addinBase(env.ADDIN_URL ?? process.env.ADDIN_URL);
  } catch (error) {
    if (!(error instanceof DeploymentConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

/** Says in the build log which address the manifest was written for. */
class ManifestNotePlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    compiler.hooks.done.tap("ManifestNotePlugin", (stats) => {
      if (stats.hasErrors()) return;
      const note =
        this.base === DEV_BASE
          ? `dist/manifest.xml: ${DEV_BASE} (разработка / development; ADDIN_URL не задан / not set)`
          : `dist/manifest.xml: ${this.base}`;
      setImmediate(() => console.log(`\n${note}`));
    });
  }
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration & { devServer: import("webpack-dev-server").Configuration }}
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const base = deploymentBase(env);
  const csp = contentSecurityPolicy(production ? "production" : "development");
  // Content hashes let Office's aggressive web-view cache pick up a new build; the dev server
  // serves from memory and reloads itself, so plain names keep its logs readable.
  const jsName = production ? "[name].[contenthash:8].js" : "[name].js";
  // The boot guard is copied as written (ES5; webpack's runtime would not be), under a name that
  // changes with its content for the same cache reason.
  const bootHash = createHash("sha256").update(readFileSync(BOOT_GUARD)).digest("hex").slice(0, 8);
  const bootScript = production ? `boot.${bootHash}.js` : "boot.js";

  return {
    mode: production ? "production" : "development",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: jsName,
      chunkFilename: jsName,
      // "auto" resolves chunk URLs from the script's own location, so dist/ works from any origin
      // or sub-folder (dev server, static hosting, the browser tests' local server).
      publicPath: "auto",
      clean: true,
    },
    // No source maps in what is deployed: they would publish the sources next to the add-in.
    devtool: production ? false : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are reported by `npm run typecheck`; the bundle only needs transpiling.
              transpileOnly: true,
              // tsconfig.json says noEmit for tsc; the loader must emit, and keep ES modules so
              // webpack can tree-shake and split dynamic import() into chunks.
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { csp, bootScript },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { csp },
      }),
      // The page the boot guard sends people without a usable Excel to (the file mode's address).
      new HtmlWebpackPlugin({
        filename: "file.html",
        template: "./src/filemode/file.html",
        chunks: [],
        templateParameters: { csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: BOOT_GUARD, to: bootScript },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => renderManifest(content.toString("utf8"), base),
          },
          // Screenshots and other files of the documents; the .md files become pages below.
          { from: "docs", to: "docs", noErrorOnMissing: true, globOptions: { ignore: ["**/*.md"] } },
        ],
      }),
      new DocsPagesPlugin({ dir: path.resolve(__dirname, "docs"), csp }),
      new ManifestNotePlugin(base),
    ],
    optimization: {
      // Shared vendor code (React, Fluent) goes into its own cacheable chunk; on-demand parts
      // such as ExcelJS stay out of the initial download as async chunks.
      splitChunks: { chunks: "all" },
    },
    performance: {
      // The architecture budget is ≤ 300 KB gzip of initial JavaScript; minified React + Fluent
      // compress roughly 3.5:1, so ~1 MB raw per entry point is where a warning is due.
      hints: production ? "warning" : false,
      maxEntrypointSize: 1_000_000,
      maxAssetSize: 1_500_000,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      // The manifest points at localhost only; listening on every interface would expose the
      // development build (and the dev CA's certificate) to the whole network for nothing.
      host: "localhost",
      // scripts/start.mjs replaces the options with the office-addin-dev-certs (or fallback) pair.
      server: { type: "https" },
      // Office loads the pane and function file from the add-in origin inside its own frames.
      headers: { "Access-Control-Allow-Origin": "*" },
      // Assets and manifest.xml are already emitted by CopyWebpackPlugin; no disk folder is served.
      static: false,
      allowedHosts: "all",
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
