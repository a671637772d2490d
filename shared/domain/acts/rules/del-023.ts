import { at, defineActRule, find, NON_PARTICIPATION } from "../rule-support/support";

const OFFICER = "(?:president|presidente|tresorier|tresoriere|secretaire|dirigeante?|membre du bureau)";
const MEMBER = "(?:conseill(?:er|ere) municipale?|adjointe?|le maire)";
const INTEREST = new RegExp(
  `${MEMBER}[^.\\n]{0,60}${OFFICER}[^.\\n]{0,20} de l'association|${OFFICER}[^.\\n]{0,40} de l'association[^.\\n]{0,60}${MEMBER}`,
);

export default defineActRule({
  meta: {
    id: "DEL-023",
    severity: "error",
    title: "Subventions : élus dirigeants de l'association bénéficiaire",
    ref: "CGCT L2131-11",
    verification: "D",
    messages: {
      interested:
        "Un élu dirigeant de l'association bénéficiaire est mentionné sans qu'il ait quitté la salle ni renoncé à prendre part au vote : la délibération est exposée à l'annulation.",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "deliberation" || !matters.has("subvention")) return;
    const interest = find(act, INTEREST);
    if (interest && !NON_PARTICIPATION.test(act.folded)) report({ messageId: "interested", at: at(interest) });
  },
});
