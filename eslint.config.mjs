// ESLint 9 flat config. TypeScript gets typescript-eslint's recommended rules; code that can reach
// Office.js also gets eslint-plugin-office-addins' checks of the proxy-object protocol.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

// The plugin's own `configs.recommended` brings an older @typescript-eslint parser and
// eslint-plugin-prettier (formatting is checked by `prettier --check` instead), so only its rule
// objects are registered here.
const officeAddinsPlugin = { meta: officeAddins.meta, rules: officeAddins.rules };

const nodeGlobals = {
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  setImmediate: "readonly",
  __dirname: "readonly",
  require: "readonly",
  module: "writable",
};

export default defineConfig([
  {
    ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-results/", "bin/", ".certs/"],
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: nodeGlobals },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // The boot guard runs in Internet Explorer 11 too: ES5 only, a classic script in the browser.
    files: ["src/boot/**/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly" },
    },
    // ES5 has no `catch {}` without a binding.
    rules: { "no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}", "bench/**/*.{ts,tsx}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // TypeScript itself reports undefined names (with @types/office-js, DOM and node in scope).
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests parse the CLI's JSON output, whose shape the assertions themselves spell out.
    files: ["tests/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Production code only: the fake-Excel tests read unloaded properties on purpose, to prove
    // the fake throws PropertyNotLoaded like Office does.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddinsPlugin },
    rules: {
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      // A sync per row is the performance bug the architecture budgets forbid (≤ 2–3 syncs per action).
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
]);
