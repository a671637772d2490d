import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { PreviewActDocument } from "@shared/preview/preview-act-document";
import { TextWithBlanks } from "../components/TextWithBlanks";
import { useSnapshot } from "./useSnapshot";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalS,
  },
  page: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalL,
    fontFamily: "Georgia, 'Times New Roman', serif",
    maxHeight: "60vh",
    overflowY: "auto",
  },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, whiteSpace: "pre-wrap" },
  clause: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
  },
  selected: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  cursor: { borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorBrandForeground1}`, height: 0, margin: 0 },
});

/** The simulated Word document of the browser preview: tagged clauses are outlined, the cursor is a line. */
export function SimulatedDocument({ document }: { document: PreviewActDocument }) {
  const styles = useStyles();
  const { paragraphs, cursor, selected } = useSnapshot(document);
  const pageRef = useRef<HTMLDivElement>(null);
  const selectedRef = useRef<HTMLParagraphElement>(null);
  // Word scrolls to a selection; the simulated page does too (only its own box, never the window), so a clicked
  // finding shows its passage.
  useEffect(() => {
    const page = pageRef.current;
    const paragraph = selectedRef.current;
    if (page && paragraph) page.scrollTop = Math.max(0, paragraph.offsetTop - page.offsetTop - page.clientHeight / 2);
  }, [selected]);
  return (
    <section aria-label="Document simulé">
      <div className={styles.header}>
        <Subtitle2 as="h2">Document simulé</Subtitle2>
        <Caption1>Cliquez sur un paragraphe pour y placer le curseur.</Caption1>
      </div>
      {/* Focusable so that a keyboard user can scroll the page (axe: scrollable-region-focusable). */}
      <div ref={pageRef} className={styles.page} data-testid="simulated-document" tabIndex={0}>
        {paragraphs.map((p, index) => (
          <div key={index}>
            {index === cursor && <hr className={styles.cursor} aria-label="Curseur" />}
            <p
              ref={selected === index ? selectedRef : undefined}
              className={mergeClasses(
                styles.paragraph,
                p.clause && styles.clause,
                selected === index && styles.selected,
              )}
              data-clause={p.clause ? `${p.clause.id}:v${p.clause.version}` : undefined}
              aria-current={selected === index ? "true" : undefined}
              onClick={() => document.moveCursor(index + 1)}
            >
              <TextWithBlanks text={p.text} />
            </p>
          </div>
        ))}
        {cursor === paragraphs.length && <hr className={styles.cursor} aria-label="Curseur" />}
      </div>
    </section>
  );
}
