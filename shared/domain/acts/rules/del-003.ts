import { effectifLegal } from "../../common";
import { at, defineActRule, evidenceOf, missingLabels, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-003",
    severity: "error",
    title: "Comptage et cohérence arithmétique des présents, représentés et votants",
    ref: "CGCT L2121-17",
    verification: "V2015",
    messages: {
      missing: "Décompte à compléter : {parts}.",
      presents: "{presents} présents pour {enExercice} conseillers en exercice : impossible.",
      pouvoirs: "{representes} pouvoirs pour {presents} présents : un conseiller ne peut porter qu'un seul pouvoir.",
      votants: "{votants} votants pour {presents} présents et {representes} pouvoirs : impossible.",
      list: "{count} pouvoirs nommés pour {representes} représentés annoncés.",
      effectif: "{enExercice} conseillers en exercice pour un effectif légal de {effectif} (population {population}).",
      obsolete: "« {match} » : {reason} ; citer plutôt {replacement}.",
      majority:
        "« Majorité absolue : {stated} » : avec {votants} votants, elle est de {fromVotants} ({fromExprimes} si elle est comptée sur les {exprimes} suffrages exprimés).",
    },
  },
  check(subject, { date, report }) {
    const { act } = subject;
    if (act.kind !== "deliberation") return;
    const parts = missingLabels(act, ["enExercice", "presents", "votants"]);
    if (parts) report({ messageId: "missing", severity: "warning", data: { parts } });
    const { enExercice, presents, votants, representes } = act.counts;
    const pouvoirs = representes?.value ?? (act.pouvoirs.length || undefined);
    if (enExercice && presents && presents.value > enExercice.value) {
      report({
        messageId: "presents",
        data: { presents: presents.value, enExercice: enExercice.value },
        at: at(presents),
        evidence: evidenceOf(act, presents, enExercice),
      });
    }
    if (presents && pouvoirs !== undefined && pouvoirs > presents.value) {
      report({
        messageId: "pouvoirs",
        data: { representes: pouvoirs, presents: presents.value },
        at: at(representes ?? act.pouvoirs[0]),
        evidence: evidenceOf(act, presents, representes ?? act.pouvoirs[0]),
      });
    }
    if (presents && votants && votants.value > presents.value + Math.min(pouvoirs ?? presents.value, presents.value)) {
      report({
        messageId: "votants",
        data: { votants: votants.value, presents: presents.value, representes: pouvoirs ?? 0 },
        at: at(votants),
        // Without a « représentés : N » count, the pouvoirs are those the parser could read in the lists.
        evidence: representes
          ? evidenceOf(act, votants, presents)
          : evidenceOf(act, { ...votants, how: "inferred" }, presents),
      });
    }
    if (representes && act.pouvoirs.length > 0 && act.pouvoirs.length !== representes.value) {
      report({
        messageId: "list",
        severity: "warning",
        data: { count: act.pouvoirs.length, representes: representes.value },
        at: at(representes),
      });
    }
    if (enExercice && subject.population !== undefined && enExercice.value > effectifLegal(subject.population)) {
      const data = {
        enExercice: enExercice.value,
        effectif: effectifLegal(subject.population),
        population: subject.population,
      };
      report({ messageId: "effectif", severity: "warning", data, at: at(enExercice) });
    }
    const stated = act.majorite;
    if (stated && votants) {
      const exprimes = act.vote?.pour !== undefined ? act.vote.pour + (act.vote.contre ?? 0) : votants.value;
      const fromVotants = Math.floor(votants.value / 2) + 1;
      const fromExprimes = Math.floor(exprimes / 2) + 1;
      if (stated.value !== fromVotants && stated.value !== fromExprimes)
        report({
          messageId: "majority",
          severity: "warning",
          data: { stated: stated.value, votants: votants.value, exprimes, fromVotants, fromExprimes },
          at: at(stated),
          evidence: evidenceOf(act, stated, votants),
        });
    }
    reportObsolete(subject, date, ["covid"], report);
  },
});
