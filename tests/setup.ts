// Shared test setup: DOM matchers for component tests (harmless in node-environment suites), and
// the fake Excel host at the requirement sets manifest.xml declares (tests/fakeExcel/manifestSets.ts).
import "@testing-library/jest-dom";
import { useDefaultRequirementSets } from "./fakeExcel/proxy/host";
import { manifestHostSets } from "./fakeExcel/manifestSets";

useDefaultRequirementSets(manifestHostSets());
