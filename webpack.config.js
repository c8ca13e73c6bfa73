// Build of the task pane and the ribbon function file.
// `npm run build` → dist/ (static files that can be served from any https origin);
// `npm start` (scripts/start.mjs) reuses this config with webpack-dev-server and dev certificates.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_SERVER_PORT = 3000;

/**
 * @param {Record<string, unknown>} _env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration & { devServer: import("webpack-dev-server").Configuration }}
 */
module.exports = (_env, argv = {}) => {
  const production = argv.mode !== "development";
  // Content hashes let Office's aggressive web-view cache pick up a new build; the dev server
  // serves from memory and reloads itself, so plain names keep its logs readable.
  const jsName = production ? "[name].[contenthash:8].js" : "[name].js";

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
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
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
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: true },
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
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
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
