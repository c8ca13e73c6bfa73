/**
 * The workbook the pane works on, given through context: Office.js in the add-in, an in-memory
 * port in component tests. Panels and hooks reach the workbook only through `usePort()`.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookPort } from "../../domain/port/workbookPort";

const PortContext = createContext<WorkbookPort | null>(null);

export function PortProvider({ port, children }: { port: WorkbookPort; children: ReactNode }) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  // A missing provider is a wiring bug, not a user situation: fail loudly so the error boundary shows it.
  if (!port) throw new Error("Панель открыта без подключения к книге (нет PortProvider).");
  return port;
}
