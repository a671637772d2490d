import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SearchSuggestion } from "./clause-search";
import { suggestionLabel } from "./clause-search";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  suggestion: { textAlign: "left", whiteSpace: "normal", height: "auto" },
});

/** When a search finds nothing, the searches that would find something, each one click away. */
export function SearchSuggestions(props: {
  readonly suggestions: readonly SearchSuggestion[];
  readonly onPick: (suggestion: SearchSuggestion) => void;
}) {
  const styles = useStyles();
  if (props.suggestions.length === 0) return null;
  return (
    <div role="group" aria-label="Autres recherches" className={styles.root}>
      <Caption1>Aucune clause ne correspond. Essayez :</Caption1>
      {props.suggestions.map((suggestion) => (
        <Button
          key={suggestionLabel(suggestion)}
          className={styles.suggestion}
          appearance="transparent"
          size="small"
          onClick={() => props.onPick(suggestion)}
        >
          {suggestionLabel(suggestion)}
        </Button>
      ))}
    </div>
  );
}
