import { Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "@shared/domain/rules";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteMarigoldBorder2}`,
  },
  read: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
});

export interface ToVerifyListProps {
  readonly findings: readonly Finding[];
  readonly onSelect: (finding: Finding) => void;
}

/** Findings « à vérifier », apart from the errors: each quotes the words of the act the checker read. */
export function ToVerifyList({ findings, onSelect }: ToVerifyListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.root} aria-label="Constats à vérifier">
      {findings.map((finding, index) => (
        <li key={`${finding.rule}:${index}`} className={styles.item}>
          <Caption1>{`${finding.rule} · à vérifier`}</Caption1>
          {finding.at ? (
            <Link as="button" onClick={() => onSelect(finding)}>
              {finding.message}
            </Link>
          ) : (
            <Text>{finding.message}</Text>
          )}
          {finding.evidence?.read && (
            <Caption1 className={styles.read}>{`Lu dans l'acte : « ${finding.evidence.read} »`}</Caption1>
          )}
          <Caption1>{`Référence : ${finding.ref}`}</Caption1>
        </li>
      ))}
    </ul>
  );
}
