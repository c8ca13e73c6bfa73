import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** Shown instead of the sections when the host lacks a required API set: a message, not a broken pane. */
export function HostTooOld({ missing }: { missing: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-missing-set={missing}>
      <MessageBarBody>
        Эта версия Excel не поддерживает надстройку: нужен набор API {missing} или новее (Excel 2019, Excel
        2021 и новее, Microsoft 365, Excel в Интернете). Обновите Excel или откройте книгу в Excel в
        Интернете.
      </MessageBarBody>
    </MessageBar>
  );
}
