// Shared test setup: DOM matchers for component tests (harmless in node-environment suites).
import "@testing-library/jest-dom";
import { TextDecoder as NodeTextDecoder } from "node:util";

// jsdom (the pane's tests) lacks TextDecoder, which every browser the pane runs in has and the
// .xlsx reader uses to read sample files.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
