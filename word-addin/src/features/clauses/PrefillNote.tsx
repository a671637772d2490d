import { Caption1 } from "@fluentui/react-components";
import { SeancePrefillNote } from "./SeancePrefillNote";
import type { Prefill } from "./use-prefill";

/** Where the prefilled values come from, so that the secretary knows what to check. */
export function PrefillNote({ prefill }: { prefill: Prefill }) {
  if (prefill.seance) return <SeancePrefillNote prefill={prefill} seance={prefill.seance} />;
  return (
    <Caption1>
      {prefill.fromDocument.length > 0
        ? "Séance reprise de l'acte ouvert (date, convocation, effectifs, vote) ; les autres champs sont à remplir : un champ laissé vide est inséré vide et surligné, jamais avec un exemple."
        : "Document sans séance liée : les champs sont à remplir ; un champ laissé vide est inséré vide et surligné, jamais avec un exemple."}
    </Caption1>
  );
}
