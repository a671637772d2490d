import type { ParsedAct, TextPart } from "./model";

/**
 * The codes of French law a commune's visa may cite (Légifrance, codes en vigueur), folded, by the words they
 * start with. A visa citing a code outside this list cites a text that does not exist (or an abrogated code, which
 * obsolete-references.ts names with its date).
 */
const CODES: readonly string[] = [
  "de l'action sociale et des familles",
  "de l'artisanat",
  "des assurances",
  "de l'aviation civile",
  "du cinema et de l'image animee",
  "civil",
  "de la commande publique",
  "de commerce",
  "de la consommation",
  "de la construction et de l'habitation",
  "de la defense",
  "de deontologie des architectes",
  "du domaine de l'etat",
  "du domaine public fluvial et de la navigation interieure",
  "des douanes",
  "de l'education",
  "electoral",
  "de l'energie",
  "de l'entree et du sejour des etrangers et du droit d'asile",
  "de l'environnement",
  "de l'expropriation pour cause d'utilite publique",
  "forestier",
  "general de la fonction publique",
  "general de la propriete des personnes publiques",
  "general des collectivites territoriales",
  "general des impots",
  "des impositions sur les biens et services",
  "des juridictions financieres",
  "de justice administrative",
  "de justice militaire",
  "de la justice penale des mineurs",
  "minier",
  "monetaire et financier",
  "de la mutualite",
  "de l'organisation judiciaire",
  "du patrimoine",
  "penal",
  "penitentiaire",
  "des pensions civiles et militaires de retraite",
  "des pensions militaires d'invalidite et des victimes de guerre",
  "des ports maritimes",
  "des postes et des communications electroniques",
  "de procedure civile",
  "de procedure penale",
  "des procedures civiles d'execution",
  "de la propriete intellectuelle",
  "de la recherche",
  "des relations entre le public et l'administration",
  "de la route",
  "rural",
  "rural et de la peche maritime",
  "de la sante publique",
  "de la securite interieure",
  "de la securite sociale",
  "du service national",
  "du sport",
  "du tourisme",
  "des transports",
  "du travail",
  "de l'urbanisme",
  "de la voirie routiere",
  // Abrogated, but reported by obsolete-references.ts with their date rather than as unknown.
  "des communes",
  "des marches publics",
  "de la famille et de l'aide sociale",
];

/** « Vu le code … » : the words naming the code, up to a comma, a semicolon, « notamment » or an article. */
const CITED =
  /\bcode +((?:[a-z'-]+ *){1,9}?)(?=\s*(?:[,;:(.]|$|\bnotamment\b|\bet (?:notamment|en particulier)\b|\bsur\b|\bdans\b|\bpris\b|\barticles?\b|\bart\b|\bl\.? ?\d|\br\.? ?\d|\bd\.? ?\d))/g;

export interface UnknownCode extends TextPart {
  readonly name: string;
}

/** The codes cited by the act's visas that are not codes of French law. */
export function unknownCodes(act: ParsedAct): UnknownCode[] {
  const found: UnknownCode[] = [];
  for (const visa of act.visas) {
    // A visa broken over lines reads as one: each line break becomes a space, offsets kept.
    const f = act.folded.slice(visa.start, visa.end).replace(/[\r\n]/g, " ");
    for (const m of f.matchAll(CITED)) {
      const name = (m[1] ?? "").replace(/ +/g, " ").trim();
      // A code's full name, or its first words when the visa cuts it: « code général de la fonction publique
      // territoriale » is not « code général de la fonction publique ».
      if (!name || CODES.some((code) => code.startsWith(name))) continue;
      const start = visa.start + m.index;
      const end = start + m[0].trimEnd().length;
      found.push({ line: visa.line, start, end, text: act.text.slice(start, end), name });
    }
  }
  return found;
}
