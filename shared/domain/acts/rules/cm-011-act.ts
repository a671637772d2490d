import { at, defineActRule, evidenceOf, find } from "./support";

/** Words by which a minute says a point was put on the agenda during the séance. */
const ADDED =
  /(?:a ete |sont |soient |est )(?:r?ajoutee?s?)[^.\n]{0,20}(?:a|de) l'ordre du jour|r?ajouter (?:\d+|un|une|deux|trois) (?:points?|questions?|deliberations?)|l'r?ajout d'une? (?:points?|questions?|deliberations?|ordres? du jour)|(?:ajout|rajout)(?:er|e|ee|ant)?[^.\n]{0,40}(?:points?|questions?|sujets?)[^.\n]{0,60}ordre du jour|(?:souhaite|propose|demande)[^.\n]{0,30}(?:ajouter|rajouter|inscrire) (?:un|une|deux|trois|des) (?:points?|questions?|sujets?)|(?:points?|questions?) (?:supplementaires?|non inscrite?s?|ajoutee?s?)|ne figurant pas (?:a|sur) l'ordre du jour|inscri(?:re|t|te|ption)[^.\n]{0,40}(?:questions?|points?) supplementaires?|inscri(?:re|t|te)[^.\n]{0,30}ordre du jour[^.\n]{0,40}(?:en debut|a l'ouverture|en cours) de seance/;
/** A reordering or a withdrawal changes nothing to what was convoked. */
const NOT_ADDED = /\b(?:retir|retrait|report|inverse|interverti|ordre de passage|modifier l'ordre)/;
/** Catch-all items under which no decision may be taken; inferred, since the minute may only inform. */
const CATCH_ALL =
  /^(?:[-•*\d.)\s]*)(?:questions? diverses|affaires? diverses|toutes? deliberations? exigees? par l'urgence)\b/m;
const DECIDED = /\b(?:decide|approuve|adopte|autorise|vote|delibere)\b/;

export default defineActRule({
  meta: {
    id: "CM-011",
    severity: "error",
    title: "Ordre du jour impératif : pas de point ajouté en séance",
    ref: "CGCT L2121-10",
    verification: "D",
    messages: {
      catchAll:
        "Décision prise sous « {text} » : un point fourre-tout ne permet pas de délibérer sur une question non annoncée dans la convocation.",
      added:
        "Point ajouté à l'ordre du jour en séance (« {text} ») : le conseil ne peut délibérer que sur les questions inscrites dans la convocation, même avec l'accord unanime des membres.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    const added = find(act, ADDED);
    const line = act.lines[(added?.line ?? 1) - 1];
    if (added && line && !NOT_ADDED.test(act.folded.slice(line.start, line.end)))
      report({ messageId: "added", data: { text: added.text }, at: at(added), evidence: evidenceOf(act, added) });
    const catchAll = find(act, CATCH_ALL);
    if (catchAll && DECIDED.test(act.folded.slice(catchAll.end, catchAll.end + 600))) {
      const guessed = { ...catchAll, how: "inferred" as const };
      report({
        messageId: "catchAll",
        data: { text: catchAll.text.trim() },
        at: at(catchAll),
        evidence: evidenceOf(act, guessed),
      });
    }
  },
});
