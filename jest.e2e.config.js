/** Browser tests: the production build of the task pane in headless Chromium. */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120000,
  // Chromium first (a clear message when it is missing), then the fixtures.
  globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
  maxWorkers: 1,
};
