// Bundles the `nastavnik` command into build/cli.cjs (run by `npm ci` via "prepare", and by `npm test`).
// Packages stay external: Node resolves them from node_modules, so the bundle is small and fast to build.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "build/cli.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
