import { useState } from "react";
import { checkAct } from "@shared/domain/acts";
import type { Finding } from "@shared/domain/rules";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";
import type { Checked } from "./check-result";
import { checkedOf, envelopeFindings, paragraphOf } from "./check-result";

/** The checker's state: the last check of the open document, and the selection of the paragraph a finding names. */
export function useCheck() {
  const { document, clock } = useServices();
  const [checked, setChecked] = useState<Checked>();
  const [action, run] = useDocumentAction();
  const check = () =>
    run(async () => {
      const paragraphs = await document.readParagraphs();
      const report = checkAct(paragraphs.map((p) => p.text).join("\n"), { today: clock.today() });
      setChecked(checkedOf(report, paragraphs, await envelopeFindings(report, clock.today())));
      // No success message: the result bar says the outcome, coloured by its worst finding, never errors in green.
      return "";
    });
  const select = (finding: Finding) => {
    const paragraph = checked && paragraphOf(finding, checked.paragraphs);
    if (paragraph)
      void run(async () => (await document.selectParagraph(paragraph.index), "Passage sélectionné dans le document."));
  };
  return { checked, action, check, select };
}
