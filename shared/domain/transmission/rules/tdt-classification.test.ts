import { testRule } from "@tests/support/rule-tester";
import { parseClassification } from "../classification";
import { completeRecord, transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-classification";

const prefecture = parseClassification({
  version: "49-2025",
  matieres: [
    { code: "7", libelle: "Finances locales", sousMatieres: [{ code: "7.1", libelle: "Décisions budgétaires" }] },
  ],
});
if (!prefecture.ok) throw new Error(prefecture.message);
const withTable = (classification: string) => ({
  record: completeRecord({ classification }),
  classification: prefecture.table,
  otherNumeros: [],
});

testRule(rule, {
  valid: [
    { name: "7.10 de la nomenclature de base", subject: s() },
    { name: "5.3 désignation de représentants", subject: s({ classification: "5.3" }) },
    { name: "nomenclature de la préfecture chargée par la commune", subject: withTable("7.1") },
  ],
  invalid: [
    {
      name: "absente",
      subject: s({ classification: undefined }),
      findings: [{ severity: "error", message: "absente" }],
    },
    {
      name: "matière seule",
      subject: s({ classification: "7" }),
      findings: [{ message: "7.1 Décisions budgétaires" }],
    },
    { name: "sous-matière inconnue", subject: s({ classification: "7.42" }), findings: [{ message: "n'existe pas" }] },
    {
      name: "absente de la nomenclature de la préfecture",
      subject: withTable("7.10"),
      findings: [{ message: "version 49-2025" }],
    },
  ],
});
