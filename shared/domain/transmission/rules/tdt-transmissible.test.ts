import { testRule } from "@tests/support/rule-tester";
import { transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-transmissible";

testRule(rule, {
  valid: [{ name: "délibération transmissible", subject: s() }],
  invalid: [
    {
      name: "arrêté de circulation (L2213-1)",
      subject: s({ type: "arrete", transmissible: false }),
      findings: [{ severity: "info", message: "exécutoire dès sa publication" }],
    },
  ],
});
