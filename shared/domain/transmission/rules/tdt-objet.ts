import { ENVELOPE_REF, OBJET_MAX } from "../envelope";
import { defineTransmissionRule } from "../rule-support/support";

export default defineTransmissionRule({
  meta: {
    id: "TDT-OBJET",
    severity: "error",
    title: "Objet de l'acte de 1 à 499 caractères sur une ligne",
    ref: ENVELOPE_REF,
    verification: "D",
    messages: {
      absent: "Objet de l'acte absent : l'enveloppe @CTES exige un objet de 1 à 499 caractères.",
      long: "Objet trop long pour @CTES : {length} caractères pour 499 au plus ; raccourcissez-le (l'acte garde son objet complet).",
      saut: "L'objet contient un retour à la ligne, que @CTES refuse : écrivez-le sur une seule ligne.",
    },
  },
  check({ record }, { report }) {
    const objet = record.objet ?? "";
    if (objet.trim() === "") {
      report({ messageId: "absent" });
      return;
    }
    if (/[\r\n\u2028\u2029]/.test(objet)) report({ messageId: "saut" });
    // Characters as the reader counts them (« é » is one, whatever its encoding), as Pastell's /u pattern does.
    const length = Array.from(objet.normalize("NFC")).length;
    if (length > OBJET_MAX) report({ messageId: "long", data: { length } });
  },
});
