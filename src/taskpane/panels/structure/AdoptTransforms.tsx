import { makeStyles, Subtitle2, Switch, Text, tokens } from "@fluentui/react-components";
import type { TransformId } from "../../../domain/import/transforms";
import type { TransformView } from "../../hooks/useAdopt";
import { plural } from "../../text/russian";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: { margin: 0 },
  off: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
});

/** What a transform's count counts, in Russian («5 ячеек»). */
const UNITS: Partial<Record<TransformId, readonly [string, string, string]>> = {
  skipRows: ["строка", "строки", "строк"],
  pairsFromBases: ["пара", "пары", "пар"],
  generateNo: ["номер", "номера", "номеров"],
  addPersons: ["человек", "человека", "человек"],
  deriveStatus: ["пара", "пары", "пар"],
};
const CELLS = ["ячейка", "ячейки", "ячеек"] as const;

export interface AdoptTransformsProps {
  readonly transforms: readonly TransformView[];
  readonly onChange: (id: TransformId, on: boolean) => void;
  readonly disabled?: boolean;
}

/** Every transform the transfer makes, named with how much it touches, each switchable. */
export function AdoptTransforms({ transforms, onChange, disabled }: AdoptTransformsProps) {
  const styles = useStyles();
  if (transforms.length === 0) return null;
  return (
    <div className={styles.root} role="group" aria-labelledby="adopt-transforms-heading">
      <Subtitle2 as="h3" id="adopt-transforms-heading" className={styles.heading}>
        Преобразования
      </Subtitle2>
      {transforms.map((t) => (
        <div key={t.id}>
          <Switch
            checked={t.on}
            disabled={disabled}
            label={`${t.label} — ${t.count} ${plural(t.count, UNITS[t.id] ?? CELLS)}`}
            onChange={(_e, d) => onChange(t.id, d.checked)}
          />
          {!t.on && (
            <Text as="p" size={200} className={styles.off}>
              Выключено: {t.whenOff}.
            </Text>
          )}
        </div>
      ))}
    </div>
  );
}
