/**
 * The contract suite: the project against ../shared (samples with independently computed
 * expectations, the real-world files of spec v2). Run by `.ci/run`, which has ../shared beside the
 * clone; `npm test` never reads it, so a bare clone passes its own tests.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/tests/contract/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
};
