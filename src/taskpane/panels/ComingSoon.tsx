import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The column gap spaces the paragraphs; their default margins would double it.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, "& p": { margin: 0 } },
});

/** A section whose issue has not landed yet: says so, and what it will do, instead of an empty panel. */
export function ComingSoon({ purpose }: { purpose: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>Скоро: раздел появится в следующей версии.</MessageBarBody>
      </MessageBar>
      <Text as="p" block>
        {purpose}
      </Text>
    </div>
  );
}
