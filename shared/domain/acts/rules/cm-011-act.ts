import { at, defineActRule, find } from "./support";

const ADDED =
  /(?:ajout|rajout)(?:er|e|ee|ant)?[^.\n]{0,40}(?:points?|questions?)[^.\n]{0,60}ordre du jour|(?:points?|questions?) (?:supplementaires?|non inscrite?s?|ajoutee?s?)|ne figurant pas (?:a|sur) l'ordre du jour|inscri(?:re|t|te)[^.\n]{0,30}ordre du jour[^.\n]{0,40}(?:en debut|a l'ouverture|en cours) de seance/;

export default defineActRule({
  meta: {
    id: "CM-011",
    severity: "error",
    title: "Ordre du jour impératif : pas de point ajouté en séance",
    ref: "CGCT L2121-10",
    verification: "D",
    messages: {
      added:
        "Point ajouté à l'ordre du jour en séance (« {text} ») : le conseil ne peut délibérer que sur les questions inscrites dans la convocation, même avec l'accord unanime des membres.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    const added = find(act, ADDED);
    if (added) report({ messageId: "added", data: { text: added.text }, at: at(added) });
  },
});
