import { defineActRule } from "../rule-support/support";

const EXECUTION =
  /charges?(?:e|es)? (?:, chacun en ce qui le concerne, )?de l'execution|chacun en ce qui le concerne|charges? d'executer/;
const AMPLIATION =
  /ampliation|copie[^.\n]{0,60}(?:adressee|transmise|notifiee)|destinataires|transmis(?:e)? (?:pour information )?a/;

export default defineActRule({
  meta: {
    id: "ARR-009",
    severity: "info",
    title: "Exécution et ampliation",
    ref: "pratique rédactionnelle",
    verification: "D",
    messages: {
      execution:
        "Article d'exécution à ajouter : qui est chargé, chacun en ce qui le concerne, de l'exécution de l'arrêté.",
      ampliation:
        "Destinataires des copies (ampliation) à préciser : gendarmerie ou police, services, entreprise, préfet le cas échéant.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "arrete") return;
    if (!EXECUTION.test(act.folded)) report({ messageId: "execution" });
    if (!AMPLIATION.test(act.folded)) report({ messageId: "ampliation" });
  },
});
