import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { ResultBar } from "@shared/ui/components/ResultBar";
import { Section } from "../../common/Section";
import { focusFinding } from "./focus-finding";
import type { SeanceCheck } from "./seance-check";

const useStyles = makeStyles({
  // Beside the form the checker stays in view while the secretary scrolls through the points; stacked under the
  // form (narrow pane) it scrolls with the page, which it would otherwise cover.
  checker: {
    "@media (min-width: 901px)": {
      position: "sticky",
      top: tokens.spacingVerticalS,
      maxHeight: `calc(100vh - 2 * ${tokens.spacingVerticalS})`,
      overflowY: "auto",
    },
  },
});

/** The checker's findings on the séance, each leading to the field it is about. */
export function SeanceChecker({ check }: { check: SeanceCheck }) {
  const styles = useStyles();
  return (
    <div className={styles.checker}>
      <Section title="Contrôle de la séance">
        {check.preparationOnly && (
          <Caption1>
            Séance en préparation : la présence, le quorum et les votes seront vérifiés une fois la présence saisie.
          </Caption1>
        )}
        <ResultBar title="Contrôle" findings={check.findings} />
        <FindingsList findings={check.findings} onSelect={focusFinding} />
      </Section>
    </div>
  );
}
