import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ProfileGap } from "@shared/data/commune-profile";
import { frenchSpacing } from "@shared/ui/i18n/typography";

const useStyles = makeStyles({ gaps: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

/** The values the acts and letters will leave blank, as long as the profile lacks them. */
export function ProfileGaps({ gaps, intro }: { gaps: readonly ProfileGap[]; intro: string }) {
  const styles = useStyles();
  if (gaps.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {intro}
        <ul className={styles.gaps}>
          {gaps.map((g) => (
            <li key={`${g.field}-${g.message}`}>{frenchSpacing(g.message)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
