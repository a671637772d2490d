import { testRule } from "@tests/support/rule-tester";
import { transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-numero";

testRule(rule, {
  valid: [
    { name: "2025_012", subject: s() },
    { name: "deux caractères, le minimum", subject: s({ numero: "D1" }) },
    { name: "quinze caractères, le maximum", subject: s({ numero: "ABCDEFGHIJ12345" }) },
    { name: "acte non transmissible : pas d'enveloppe", subject: s({ numero: "2025-012", transmissible: false }) },
  ],
  invalid: [
    { name: "absent", subject: s({ numero: undefined }), findings: [{ severity: "error", message: "absent" }] },
    { name: "blanc", subject: s({ numero: "  " }), findings: [{ message: "absent" }] },
    {
      name: "trait d'union : proposé avec « _ »",
      subject: s({ numero: "2025-012" }),
      findings: [{ message: "« 2025_012 »" }],
    },
    { name: "minuscules et accent", subject: s({ numero: "déc12" }), findings: [{ message: "« DEC12 »" }] },
    { name: "un seul caractère", subject: s({ numero: "7" }), findings: [{ message: "refusé par @CTES" }] },
    { name: "seize caractères", subject: s({ numero: "ABCDEFGHIJ123456" }), findings: [{ message: "2 à 15" }] },
  ],
});
