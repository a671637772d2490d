import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-004";

const unpublished = (departement: string) =>
  s((x) => {
    x.commune = { ...x.commune, departement };
    x.convocation = { ...x.convocation, registerMention: false, postedOrPublished: false };
  });

testRule(rule, {
  valid: [
    { name: "mentionnée et affichée", subject: s() },
    { name: "Alsace-Moselle : L2121-10 ne s'applique pas", subject: unpublished("67") },
  ],
  invalid: [
    {
      name: "ni mention au registre ni affichage",
      subject: unpublished("24"),
      findings: [
        { severity: "info", message: "registre", at: { path: "convocation.registerMention" } },
        { severity: "info", message: "affichée ou publiée", at: { path: "convocation.postedOrPublished" } },
      ],
    },
  ],
});
