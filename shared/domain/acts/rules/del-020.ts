import type { ParsedAct } from "../model";
import { at, defineActRule, find, lineAt, reportObsolete } from "../rule-support/support";

// Maximum rates in % of the indice brut terminal, by population stratum (reference DEL-020 (v)); above 9 999 not encoded.
const STRATA: readonly (readonly [number, number, number])[] = [
  [500, 25.5, 9.9],
  [1000, 40.3, 10.7],
  [3500, 51.6, 19.8],
  [10000, 55, 22],
];

function maxRates(population: number): { maire: number; adjoint: number } | undefined {
  const stratum = STRATA.find(([below]) => population < below);
  return stratum ? { maire: stratum[1], adjoint: stratum[2] } : undefined;
}

type Role = "maire" | "adjoint";
const RATE = /(\d{1,2}(?:[.,]\d{1,2})?) ?%/g;
const ROLE = /adjoint|conseill|\bmaire\b/g;

function roleOf(word: string): Role {
  return word === "maire" ? "maire" : "adjoint";
}

/**
 * The role a rate belongs to: the last role named between the previous rate (or the line start) and this one —
 * "maire : 40,3 % ; adjoints : 10,7 %" gives one rate to each —, else the first named after it ("40,3 % pour le maire").
 */
function roleAround(before: string, after: string): Role | undefined {
  const last = [...before.matchAll(ROLE)].at(-1)?.[0];
  if (last) return roleOf(last);
  const next = new RegExp(ROLE.source).exec(after)?.[0];
  return next ? roleOf(next) : undefined;
}

/** Each "… % de l'indice brut terminal" with the role it is written for. */
function rates(act: ParsedAct): { role: Role; rate: number; start: number; end: number }[] {
  const found: { role: Role; rate: number; start: number; end: number }[] = [];
  const matches = [...act.folded.matchAll(RATE)];
  matches.forEach((m, i) => {
    const line = act.lines[lineAt(act, m.index) - 1];
    if (!line) return;
    const end = m.index + m[0].length;
    const previous = matches[i - 1];
    const next = matches[i + 1];
    const from = previous && previous.index >= line.start ? previous.index + previous[0].length : line.start;
    const to = next && next.index < line.end ? next.index : line.end;
    const role = roleAround(act.folded.slice(from, m.index), act.folded.slice(end, to));
    if (role) found.push({ role, rate: Number((m[1] ?? "").replace(",", ".")), start: m.index, end });
  });
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
      tableau:
        "Tableau annexe récapitulant l'ensemble des indemnités allouées à joindre : son absence rend la délibération illégale.",
      rate: "Taux de {rate} % pour un {role} : le maximum est {max} % de l'indice brut terminal pour une commune de {population} habitants.",
      delegation:
        "Indemnités d'adjoint ou de conseiller : citer l'arrêté de délégation de fonctions exécutoire qui les justifie.",
      obsolete: "« {match} » : {reason} ; citer plutôt {replacement}.",
    },
  },
  check(subject, { date, report }) {
    const { act, matters, population } = subject;
    if (act.kind !== "deliberation" || !matters.has("indemnites")) return;
    if (!/\btableau\b/.test(act.folded)) report({ messageId: "tableau", severity: "warning" });
    const max = population === undefined ? undefined : maxRates(population);
    for (const r of max ? rates(act) : []) {
      if (max && r.rate > max[r.role])
        report({
          messageId: "rate",
          severity: "warning",
          data: { rate: r.rate, role: r.role, max: max[r.role], population: population ?? 0 },
          at: at({ ...r, line: lineAt(act, r.start) }),
        });
    }
    const adjoint = find(act, /\badjoints?\b|conseillers? (?:municipaux )?delegues?/);
    if (adjoint && !/delegation/.test(act.folded))
      report({ messageId: "delegation", severity: "warning", at: at(adjoint) });
    reportObsolete(subject, date, ["indemnites"], report);
  },
});
