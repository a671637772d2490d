import { testRule } from "@tests/support/rule-tester";
import { completeRecord, transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-pdf";

const [acte, annexe] = completeRecord().documents as [
  ReturnType<typeof completeRecord>["documents"][number],
  ReturnType<typeof completeRecord>["documents"][number],
];

testRule(rule, {
  valid: [
    { name: "acte et annexe en PDF", subject: s() },
    {
      name: "extension en capitales, type inconnu",
      subject: s({ documents: [{ name: "ACTE.PDF", size: 10, role: "acte" }] }),
    },
  ],
  invalid: [
    {
      name: "sans acte",
      subject: s({ documents: [annexe] }),
      findings: [{ severity: "error", message: "l'acte lui-même" }],
    },
    {
      name: "deux actes",
      subject: s({ documents: [acte, { ...annexe, role: "acte" }] }),
      findings: [{ message: "2 fichiers" }],
    },
    {
      name: "acte encore en .docx",
      subject: s({ documents: [{ ...acte, name: "2025_012.docx", mediaType: undefined }, annexe] }),
      findings: [{ message: "« 2025_012.docx » n'est pas un PDF", at: { path: "2025_012.docx" } }],
    },
    {
      name: "nommé .pdf mais d'un autre type",
      subject: s({ documents: [acte, { ...annexe, mediaType: "image/jpeg" }] }),
      findings: [{ message: "grille-tarifs.pdf" }],
    },
    {
      name: "nommé .pdf mais sans signature %PDF-",
      subject: s({ documents: [{ ...acte, pdfSignature: false }, annexe] }),
      findings: [{ message: "2025_012.pdf" }],
    },
  ],
});
