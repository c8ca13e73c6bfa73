/** What a panel may ask of the shell. */
export interface PanelProps {
  /** Call after the panel wrote to the workbook, so the header re-reads the school and year. */
  readonly onWorkbookChanged: () => void;
}
