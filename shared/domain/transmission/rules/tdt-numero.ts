import { ENVELOPE_REF, envelopeNumero, NUMERO_PATTERN } from "../envelope";
import { defineTransmissionRule } from "../rule-support/support";

export default defineTransmissionRule({
  meta: {
    id: "TDT-NUMERO",
    severity: "error",
    title: "Numéro de l'acte au format de l'enveloppe @CTES",
    ref: ENVELOPE_REF,
    verification: "D",
    messages: {
      absent: "Numéro de l'acte absent : l'enveloppe @CTES ne part pas sans lui.",
      format:
        "Numéro « {numero} » refusé par @CTES : 2 à 15 caractères, chiffres, lettres majuscules sans accent ou « _ » ; par exemple « {suggestion} ».",
      formatSansSuggestion:
        "Numéro « {numero} » refusé par @CTES : 2 à 15 caractères, chiffres, lettres majuscules sans accent ou « _ ».",
    },
    note: "Le numéro de l'enveloppe peut s'écrire autrement que celui du registre (« 2025-012 » devient « 2025_012 ») ; il doit rester le même d'un envoi à l'autre.",
  },
  check({ record }, { report }) {
    const numero = record.numero?.trim();
    if (!numero) {
      report({ messageId: "absent" });
      return;
    }
    if (NUMERO_PATTERN.test(numero)) return;
    const suggestion = envelopeNumero(numero);
    report(
      NUMERO_PATTERN.test(suggestion)
        ? { messageId: "format", data: { numero, suggestion } }
        : { messageId: "formatSansSuggestion", data: { numero } },
    );
  },
});
