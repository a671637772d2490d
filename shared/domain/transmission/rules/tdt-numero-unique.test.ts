import { testRule } from "@tests/support/rule-tester";
import { transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-numero-unique";

testRule(rule, {
  valid: [
    { name: "numéro neuf", subject: s({}, ["2025_010", "2025_011"]) },
    { name: "premier acte de la commune", subject: s({}, []) },
    { name: "numéro absent : TDT-NUMERO le dit", subject: s({ numero: undefined }, ["2025_012"]) },
  ],
  invalid: [
    {
      name: "déjà pris par un autre acte",
      subject: s({}, ["2025_011", "2025_012"]),
      findings: [{ severity: "error", message: "« 2025_012 » est déjà" }],
    },
    { name: "espaces autour ignorés", subject: s({ numero: " 2025_012" }, ["2025_012 "]), findings: [{}] },
  ],
});
