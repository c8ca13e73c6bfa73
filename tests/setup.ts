// Shared test setup: DOM matchers for component tests (harmless in node-environment suites).
import "@testing-library/jest-dom";
