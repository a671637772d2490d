import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { clauseStanding } from "@shared/domain/acts/clauses";
import type { Clause } from "@shared/domain/acts/clauses";
import { clauseKey, clauseLabel, countLabel } from "./clause-search";
import { StandingBadges } from "./standing";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "18em",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  item: { justifyContent: "flex-start", textAlign: "left", flexGrow: 1, minWidth: 0 },
  badges: { display: "flex", flexShrink: 0, columnGap: "2px" },
});

export interface ClauseListProps {
  readonly found: readonly Clause[];
  /** The act's date, at which each clause's standing is read. */
  readonly date: string;
  readonly isSelected: (clause: Clause) => boolean;
  readonly onSelect: (clause: Clause) => void;
}

/** How many clauses the filters find, and each as a button that picks it, its standing beside it. */
export function ClauseList({ found, date, isSelected, onSelect }: ClauseListProps) {
  const styles = useStyles();
  return (
    <>
      <Caption1 aria-live="polite">{countLabel(found.length)}</Caption1>
      <ul className={styles.list} aria-label="Clauses trouvées">
        {found.map((clause) => (
          <li key={clauseKey(clause)} className={styles.row}>
            <Button
              className={styles.item}
              appearance={isSelected(clause) ? "secondary" : "subtle"}
              aria-pressed={isSelected(clause)}
              onClick={() => onSelect(clause)}
            >
              {clauseLabel(clause)}
            </Button>
            {/* Beside the button, not in its name: the status is read with the item, the title stays what one types. */}
            <span className={styles.badges}>
              {clause.origin === "reseau" && <Badge appearance="outline">Réseau</Badge>}
              <StandingBadges standing={clauseStanding(clause, date)} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
