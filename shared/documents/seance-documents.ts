import { FORBIDDEN_NAME_CHARACTERS } from "@shared/data/drive/library-columns";
import { convocation } from "./convocation";
import type { DocumentSpec } from "./docx-kit";
import { feuilletCloture } from "./feuillet-cloture";
import { listeDeliberations } from "./liste-deliberations";
import { procesVerbal } from "./proces-verbal";
import type { ProjetOptions } from "./projet-deliberation";
import { projetDeliberation } from "./projet-deliberation";
import type { SeanceFacts } from "./seance-facts";
import { attendanceCounts, deliberationsOf } from "./seance-facts";

/** A file name SharePoint accepts: forbidden characters replaced, at most 120 characters before `.docx`. */
export function documentFileName(base: string): string {
  const clean = base
    .replace(new RegExp(FORBIDDEN_NAME_CHARACTERS.source, "g"), "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[. ]+$/, "");
  return `${clean.slice(0, 120).trim()}.docx`;
}

export interface PlannedDocument {
  readonly spec: DocumentSpec;
  readonly fileName: string;
}

const planned = (spec: DocumentSpec, base: string): PlannedDocument => ({ spec, fileName: documentFileName(base) });

/** Before the séance: the convocation and a projet de délibération for each point that is one. */
export function preparationDocuments(facts: SeanceFacts, options: ProjetOptions = {}): PlannedDocument[] {
  return [
    planned(convocation(facts), "Convocation"),
    ...deliberationsOf(facts).map((p) =>
      planned(projetDeliberation(facts, p, options), `Point ${p.numero} - projet de délibération - ${p.titre}`),
    ),
  ];
}

/** After the séance (once attendance is recorded): the liste des délibérations, the procès-verbal, the feuillet. */
export function afterSeanceDocuments(facts: SeanceFacts): PlannedDocument[] {
  if (!attendanceCounts(facts)) return [];
  return [
    planned(listeDeliberations(facts), "Liste des délibérations"),
    planned(procesVerbal(facts), "Procès-verbal"),
    planned(feuilletCloture(facts), "Feuillet de clôture"),
  ];
}
