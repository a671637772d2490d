import { ENVELOPE_REF } from "../envelope";
import { defineTransmissionRule } from "../rule-support/support";

export default defineTransmissionRule({
  meta: {
    id: "TDT-NUMERO-UNIQUE",
    severity: "error",
    title: "Numéro unique parmi les actes de la commune",
    ref: ENVELOPE_REF,
    verification: "D",
    messages: {
      doublon:
        "Le numéro « {numero} » est déjà celui d'un autre acte de la commune : la préfecture refuse un second envoi sous le même numéro.",
    },
    note: "Les numéros sont comparés sans tenir compte des espaces autour ; « 2025_012 » et « 2025_12 » restent deux numéros.",
  },
  check({ record, otherNumeros }, { report }) {
    const numero = record.numero?.trim();
    if (!numero) return;
    if (otherNumeros.some((other) => other.trim() === numero)) report({ messageId: "doublon", data: { numero } });
  },
});
