/**
 * Rendering the task pane in jsdom: the shell inside Fluent's provider with a given port and host,
 * and the few browser APIs Fluent v9 expects that jsdom lacks. The stubs are installed per test file
 * (`useBrowserStubs()`), not in the global setup, so node-environment suites stay untouched.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import type { HostInfo, WorkbookPort } from "../../src/domain/port/workbookPort";
import { App } from "../../src/taskpane/App";
import { PortProvider } from "../../src/taskpane/port/PortContext";
import { ErrorBoundary } from "../../src/taskpane/shell/ErrorBoundary";

/** A host with every requirement set (Microsoft 365). */
export const modernHost: HostInfo = { supports: () => true };

/** Excel 2016 without updates: ExcelApi 1.1–1.2 only. */
export const excel2016: HostInfo = {
  supports: (set, version) => set === "ExcelApi" && Number(version) <= 1.2,
};

type Restore = () => void;

function stub<K extends keyof typeof globalThis>(key: K, value: unknown): Restore {
  const had = Object.prototype.hasOwnProperty.call(globalThis, key);
  const before = (globalThis as Record<string, unknown>)[key as string];
  Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  return () => {
    if (had) Object.defineProperty(globalThis, key, { value: before, configurable: true, writable: true });
    else delete (globalThis as Record<string, unknown>)[key as string];
  };
}

/** matchMedia (Fluent's reduced-motion checks) and ResizeObserver (MessageBar reflow, positioning). */
export function useBrowserStubs(): void {
  let restore: Restore[] = [];
  beforeAll(() => {
    class NoResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    restore = [
      stub("ResizeObserver", NoResizeObserver),
      stub("matchMedia", (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      })),
    ];
    // Fluent's collapse motion (Accordion) passes `inert={true}`, which React 18 reports as a
    // non-boolean attribute; a known Fluent/React 18 mismatch, not the pane's.
    const consoleError = console.error;
    const quiet = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      const [format, , attribute] = args;
      if (typeof format === "string" && format.includes("non-boolean attribute") && attribute === "inert")
        return;
      consoleError(...args);
    });
    restore.push(() => quiet.mockRestore());
  });
  afterAll(() => restore.reverse().forEach((r) => r()));
}

/** Lets the port's pending promises resolve and React apply their state (reads at mount, writes). */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/**
 * jsdom does no layout, so `offsetParent` is always null and the body measures 0×0; Fluent's focus
 * manager (tabster) then takes every element for hidden and refuses arrow-key moves. This
 * approximates layout: the body has the pane's size, and an element is laid out unless it or an
 * ancestor is `hidden` or `display: none`.
 */
export function useLayoutStub(): void {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  beforeAll(() => {
    document.body.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 320, height: 800 });
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        if (this.hidden || getComputedStyle(this).display === "none") return null;
        for (let e = this.parentElement; e; e = e.parentElement) {
          if (e.hidden || getComputedStyle(e).display === "none") return null;
        }
        return this.parentElement;
      },
    });
  });
  afterAll(() => {
    delete (document.body as Partial<HTMLElement>).getBoundingClientRect;
    if (descriptor) Object.defineProperty(HTMLElement.prototype, "offsetParent", descriptor);
  });
}

export function renderPane(port: WorkbookPort, host: HostInfo = modernHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <PortProvider port={port}>
          <App host={host} />
        </PortProvider>
      </ErrorBoundary>
    </FluentProvider>,
  );
}

/** One panel alone (to give it props the shell does not, e.g. a short live-check delay). */
export function renderPanel(port: WorkbookPort, panel: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <PortProvider port={port}>{panel}</PortProvider>
      </ErrorBoundary>
    </FluentProvider>,
  );
}

/** Waits `ms` of real time, then lets the promises it started settle (debounced work). */
export async function pause(ms: number): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
  await settle();
}

/** Opens a Fluent Dropdown (a combobox button) and picks the option with this exact text. */
export async function pickOption(combobox: HTMLElement, optionText: string): Promise<void> {
  fireEvent.click(combobox);
  const listbox = await screen.findByRole("listbox");
  fireEvent.click(within(listbox).getByRole("option", { name: optionText }));
}

/** «Показатели» shows its full cards on demand, below the overview: open them (when not yet open). */
export function showKpiCards(): void {
  const button = screen.queryByRole("button", { name: /^Все показатели подробно/ });
  if (button) fireEvent.click(button);
}
