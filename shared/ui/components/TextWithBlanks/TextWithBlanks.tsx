import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import { BLANK_FIELD } from "@shared/domain/acts/clauses";

const useStyles = makeStyles({
  blank: { backgroundColor: tokens.colorPaletteYellowBackground3, color: "inherit", whiteSpace: "pre" },
});

/** A clause's text as Word shows it: each empty field (`BLANK_FIELD`) highlighted, the rest plain text. */
export function TextWithBlanks({ text }: { text: string }) {
  const styles = useStyles();
  const pieces = text.split(BLANK_FIELD);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <mark className={styles.blank} title="Champ à compléter">
              {BLANK_FIELD}
            </mark>
          )}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
