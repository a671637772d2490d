import { Badge, Caption1, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "@shared/domain/rules";
import { fr } from "../../i18n/fr";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  // What the checker only guessed is set apart by its dashed border, whatever its severity.
  toVerify: { borderLeftStyle: "dashed", borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  head: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  read: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** Called when the secretary asks to see the passage or cells a finding concerns. */
  readonly onSelect?: (finding: Finding) => void;
  /**
   * `toVerify`: findings resting on a fact the checker inferred; each is marked « à vérifier » and quotes the words
   * it read, so the secretary judges it from the act itself.
   */
  readonly variant?: "checked" | "toVerify";
  /** The list's accessible name, when a view shows more than one list of findings. */
  readonly label?: string;
}

/** The findings of a check, each with its rule id and legal reference; hostile text stays text (React escapes it). */
export function FindingsList({ findings, onSelect, variant = "checked", label }: FindingsListProps) {
  const styles = useStyles();
  const toVerify = variant === "toVerify";
  if (findings.length === 0) return <Text>{fr.findings.none}</Text>;
  return (
    <ul className={styles.root} aria-label={label ?? (toVerify ? fr.findings.toVerifyLabel : fr.findings.listLabel)}>
      {findings.map((finding, index) => (
        <li
          key={`${finding.rule}:${index}`}
          className={mergeClasses(
            styles.item,
            finding.severity === "error" && styles.error,
            finding.severity === "warning" && styles.warning,
            toVerify && styles.toVerify,
          )}
        >
          <span className={styles.head}>
            {toVerify ? (
              <Caption1>{`${finding.rule} · ${fr.findings.toVerify}`}</Caption1>
            ) : (
              <>
                <Badge appearance="tint" color={BADGE_COLOR[finding.severity]}>
                  {fr.findings.severity[finding.severity]}
                </Badge>
                <Caption1>{finding.rule}</Caption1>
              </>
            )}
          </span>
          {onSelect && finding.at ? (
            <Link as="button" onClick={() => onSelect(finding)}>
              {finding.message}
            </Link>
          ) : (
            <Text>{finding.message}</Text>
          )}
          {toVerify && finding.evidence?.read && (
            <Caption1 className={styles.read}>{fr.findings.read(finding.evidence.read)}</Caption1>
          )}
          <Caption1>{`${fr.findings.reference} : ${finding.ref}`}</Caption1>
        </li>
      ))}
    </ul>
  );
}
