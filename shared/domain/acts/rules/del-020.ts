import type { ParsedAct } from "../model";
import { at, defineActRule, find, lineAt, reportObsolete } from "./support";

// Maximum rates in % of the indice brut terminal, by population stratum (reference DEL-020 (v)); above 9 999 not encoded.
const STRATA: readonly (readonly [number, number, number])[] = [[500, 25.5, 9.9], [1000, 40.3, 10.7], [3500, 51.6, 19.8], [10000, 55, 22]];

function maxRates(population: number): { maire: number; adjoint: number } | undefined {
  const stratum = STRATA.find(([below]) => population < below);
  return stratum ? { maire: stratum[1], adjoint: stratum[2] } : undefined;
}

/** Each "… % de l'indice brut terminal" with whether its line speaks of an adjoint or of the maire. */
function rates(act: ParsedAct): { role: "maire" | "adjoint"; rate: number; start: number; end: number }[] {
  const found: { role: "maire" | "adjoint"; rate: number; start: number; end: number }[] = [];
  for (const m of act.folded.matchAll(/(\d{1,2}(?:[.,]\d{1,2})?) ?%/g)) {
    const line = act.lines[lineAt(act, m.index) - 1];
    const text = line ? act.folded.slice(line.start, line.end) : "";
    const role = /adjoint|conseill/.test(text) ? "adjoint" : /\bmaire\b/.test(text) ? "maire" : undefined;
    if (role) found.push({ role, rate: Number((m[1] ?? "").replace(",", ".")), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export default defineActRule({
  meta: {
    id: "DEL-020",
    severity: "error",
    title: "Indemnités de fonction des élus",
    ref: "CGCT L2123-20-1",
    verification: "V2015",
    messages: {
      tableau: "Tableau annexe récapitulant l'ensemble des indemnités allouées à joindre : son absence rend la délibération illégale.",
      rate: "Taux de {rate} % pour un {role} : le maximum est {max} % de l'indice brut terminal pour une commune de {population} habitants.",
      delegation: "Indemnités d'adjoint ou de conseiller : citer l'arrêté de délégation de fonctions exécutoire qui les justifie.",
      obsolete: "« {match} » : {reason} ; citer plutôt {replacement}.",
    },
  },
  check(subject, { date, report }) {
    const { act, matters, population } = subject;
    if (act.kind !== "deliberation" || !matters.has("indemnites")) return;
    if (!/\btableau\b/.test(act.folded)) report({ messageId: "tableau", severity: "warning" });
    const max = population === undefined ? undefined : maxRates(population);
    for (const r of max ? rates(act) : []) {
      if (max && r.rate > max[r.role]) report({ messageId: "rate", severity: "warning", data: { rate: r.rate, role: r.role, max: max[r.role], population: population ?? 0 }, at: at({ ...r, line: lineAt(act, r.start) }) });
    }
    const adjoint = find(act, /\badjoints?\b|conseillers? (?:municipaux )?delegues?/);
    if (adjoint && !/delegation/.test(act.folded)) report({ messageId: "delegation", severity: "warning", at: at(adjoint) });
    reportObsolete(subject, date, ["indemnites"], report);
  },
});
