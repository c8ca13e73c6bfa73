import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { missingFeatures, type PaneSectionId } from "../../domain/port/hostFeatures";
import type { HostInfo } from "../../domain/port/workbookPort";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Above a section, on an Excel older than the features it uses (e.g. Office 2019 volume editions
 * at ExcelApi 1.7): what is missing there and what to do instead. Nothing on a current Excel.
 */
export function FeatureNotice({ host, section }: { host: HostInfo; section: PaneSectionId }) {
  const styles = useStyles();
  const missing = missingFeatures(host, section);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={`feature-notice-${section}`}>
      <MessageBarBody>
        <MessageBarTitle>В этой версии Excel недоступно</MessageBarTitle>
        <ul className={styles.list}>
          {missing.map((f) => (
            <li key={f.id} data-feature={f.id}>
              {f.title} (нужен набор API ExcelApi {f.version}): {f.without}.
            </li>
          ))}
        </ul>
        Остальное работает.
      </MessageBarBody>
    </MessageBar>
  );
}
