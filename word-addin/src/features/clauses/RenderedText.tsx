import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { TextWithBlanks } from "@shared/ui/components/TextWithBlanks";

const useStyles = makeStyles({
  box: {
    whiteSpace: "pre-wrap",
    fontFamily: "Georgia, 'Times New Roman', serif",
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    maxHeight: "16em",
    overflowY: "auto",
  },
});

/** The live preview of what will be inserted; plain text, as Word will receive it, empty fields highlighted. */
export function RenderedText({ text }: { text: string | undefined }) {
  const styles = useStyles();
  return (
    <section aria-label="Aperçu du texte">
      <Subtitle2 as="h3">Aperçu</Subtitle2>
      {text === undefined ? (
        <Caption1>Corrigez les champs signalés pour voir le texte.</Caption1>
      ) : (
        // Focusable so that a keyboard user can scroll a long preview (axe: scrollable-region-focusable).
        <p className={styles.box} data-testid="rendered-text" tabIndex={0}>
          <TextWithBlanks text={text} />
        </p>
      )}
    </section>
  );
}
