import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { WorkbookInfoState } from "../hooks/useWorkbookInfo";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  school: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** «Наставник», then the school and its school year once «Сведения» names them. */
export function WorkbookHeader({ info, error }: Pick<WorkbookInfoState, "info" | "error">) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>Наставник</h1>
      {info?.school && (
        <Text className={styles.school} weight="semibold" data-testid="header-school">
          {info.school}
        </Text>
      )}
      {info?.schoolYear && <Caption1 data-testid="header-year">Учебный год {info.schoolYear}</Caption1>}
      {error && !info && (
        <Caption1 className={styles.muted} role="status">
          Сведения о школе не прочитаны: {error}
        </Caption1>
      )}
    </header>
  );
}
