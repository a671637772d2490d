import { foldText } from "../../common/fold";
import { at, defineActRule } from "../rule-support/support";

const ELU_DELEGUE = /adjoint|conseill|par delegation|pour le maire/;
const AGENT = /secretaire generale?|directeur general|\bdgs\b|responsable (?:des|du) service/;
const DELEGATION_CITED = /arrete[^\n]{0,80}delegation|delegation[^\n]{0,80}arrete|l\.? ?2122-18/;

export default defineActRule({
  meta: {
    id: "ARR-001",
    severity: "error",
    title: "Autorité et compétence du signataire",
    ref: "CGCT L2122-18",
    verification: "V2015",
    messages: {
      author: "Auteur de l'arrêté à compléter : « Le Maire de … ».",
      delegation:
        "Arrêté signé par « {qualite} » : citer l'arrêté de délégation exécutoire qui lui donne compétence (L2122-18).",
      agent:
        "Arrêté signé par un agent (« {qualite} ») : seule une délégation de signature de l'article L2122-19 le permet, à citer.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "arrete") return;
    if (!/\ble maire\b/.test(act.folded)) report({ messageId: "author", severity: "warning" });
    const signataire = act.signataire;
    if (!signataire) return;
    const block = foldText(act.text.slice(Math.max(0, signataire.start - 120), signataire.end));
    if (AGENT.test(block) && !/l\.? ?2122-19/.test(act.folded)) {
      report({
        messageId: "agent",
        severity: "warning",
        data: { qualite: signataire.qualite },
        at: at(signataire),
      });
      return;
    }
    if (ELU_DELEGUE.test(block) && !DELEGATION_CITED.test(act.folded)) {
      report({
        messageId: "delegation",
        severity: "warning",
        data: { qualite: signataire.qualite },
        at: at(signataire),
      });
    }
  },
});
