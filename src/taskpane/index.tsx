import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectWorkbook, officeHost } from "./port/connect";
import { PortProvider } from "./port/PortContext";
import { ErrorBoundary } from "./shell/ErrorBoundary";

/** Relative luminance of a "#RRGGBB" colour, 0 (black) … 1 (white); null when it cannot be read. */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Follows Excel's Office theme when the host reports one (desktop); Excel on the web often does not. */
function pickTheme(): Theme {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  const light = background ? luminance(background) : null;
  return light !== null && light < 0.5 ? webDarkTheme : webLightTheme;
}

declare global {
  interface Window {
    /** Read by the boot guard (src/boot/bootGuard.js): the bundle ran in this webview. */
    __nastavnikPaneStarted?: boolean;
    /** Set by the boot guard when it explains why the pane cannot run here. */
    __nastavnikBoot?: string;
  }
}
window.__nastavnikPaneStarted = true;

function start(info: { host: Office.HostType | null }) {
  // Outside Office (a plain browser) the boot guard says «Откройте надстройку в Excel»; the pane
  // itself would only report missing API sets, which is not the problem there.
  if (!info.host || window.__nastavnikBoot !== undefined) return;
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={pickTheme()} style={{ minHeight: "100%" }}>
      <ErrorBoundary>
        <PortProvider port={connectWorkbook()}>
          <App host={officeHost()} />
        </PortProvider>
      </ErrorBoundary>
    </FluentProvider>,
  );
}

// Without office.js (no network) the boot guard explains; there is nothing to start.
if (typeof Office !== "undefined" && window.__nastavnikBoot === undefined) Office.onReady(start);
