import { Badge, Caption1, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "@shared/domain/rules";
import { fr } from "../../i18n/fr";
import { findingEntries, findingsListLabel } from "./finding-entries";

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
  const entries = findingEntries(findings, toVerify, onSelect !== undefined);
  return (
    <ul className={styles.root} aria-label={findingsListLabel(label, toVerify)}>
      {entries.map(({ key, finding, head, selectable, read, reference }) => (
        <li
          key={key}
          className={mergeClasses(
            styles.item,
            finding.severity === "error" && styles.error,
            finding.severity === "warning" && styles.warning,
            toVerify && styles.toVerify,
          )}
        >
          <span className={styles.head}>
            {head.kind === "toVerify" ? (
              <Caption1>{head.caption}</Caption1>
            ) : (
              <>
                <Badge appearance="tint" color={head.badgeColor}>
                  {head.severity}
                </Badge>
                <Caption1>{head.rule}</Caption1>
              </>
            )}
          </span>
          {onSelect && selectable ? (
            <Link as="button" onClick={() => onSelect(finding)}>
              {finding.message}
            </Link>
          ) : (
            <Text>{finding.message}</Text>
          )}
          {read && <Caption1 className={styles.read}>{read}</Caption1>}
          <Caption1>{reference}</Caption1>
        </li>
      ))}
    </ul>
  );
}
