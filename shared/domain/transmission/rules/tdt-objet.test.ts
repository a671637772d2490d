import { testRule } from "@tests/support/rule-tester";
import { transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-objet";

testRule(rule, {
  valid: [
    { name: "objet d'une ligne", subject: s() },
    { name: "499 caractères accentués", subject: s({ objet: "é".repeat(499) }) },
    { name: "é décomposé compté pour un", subject: s({ objet: "e\u0301".repeat(499) }) },
  ],
  invalid: [
    { name: "absent", subject: s({ objet: undefined }), findings: [{ severity: "error", message: "absent" }] },
    { name: "vide", subject: s({ objet: " " }), findings: [{ message: "1 à 499" }] },
    { name: "500 caractères", subject: s({ objet: "a".repeat(500) }), findings: [{ message: "500 caractères" }] },
    {
      name: "retour à la ligne",
      subject: s({ objet: "Tarifs\ncantine" }),
      findings: [{ message: "retour à la ligne" }],
    },
    {
      name: "trop long et sur deux lignes",
      subject: s({ objet: `${"a".repeat(300)}\r\n${"b".repeat(300)}` }),
      findings: [{ message: "retour à la ligne" }, { message: "trop long" }],
    },
  ],
});
