/**
 * The fake host's own tests exercise every API it models, later sets included, so they run it at all
 * the sets it offers — not at the manifest's minimum, which tests/setup.ts makes the default for the
 * adapter and pane tests. Import this module first in such a test file.
 */
import { DEFAULT_REQUIREMENT_SETS, useDefaultRequirementSets } from "./proxy/host";

useDefaultRequirementSets(DEFAULT_REQUIREMENT_SETS);
