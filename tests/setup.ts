// Shared test setup: DOM matchers for component tests (harmless in node-environment suites), and
// the fake Excel host at the requirement sets manifest.xml declares (tests/fakeExcel/manifestSets.ts).
import "@testing-library/jest-dom";
import { TextDecoder as NodeTextDecoder } from "node:util";

// jsdom (the pane's tests) lacks TextDecoder, which every browser the pane runs in has and the
// .xlsx reader uses to read sample files.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
import { useDefaultRequirementSets } from "./fakeExcel/proxy/host";
import { manifestHostSets } from "./fakeExcel/manifestSets";

useDefaultRequirementSets(manifestHostSets());
