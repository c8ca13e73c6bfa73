/** Unit, adapter, component and CLI tests. Browser tests live in jest.e2e.config.js. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2020",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser tests (jest.e2e.config.js) and the contract suite against ../shared (jest.contract.config.js)
  // run apart: `npm test` must pass on a bare clone.
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/", "/tests/contract/"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFilesAfterEnv: ["<rootDir>/tests/setup.ts"],
  // The school workbooks the suites read, made by tests/fixtures/make_schools.py (cached in tmp/).
  globalSetup: "<rootDir>/tests/fixtures/globalSetup.ts",
  testTimeout: 60000,
};
