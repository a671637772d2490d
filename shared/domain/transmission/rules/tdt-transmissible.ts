import { defineRule } from "../../rules";
import type { TransmissionSubject } from "../subject";

export default defineRule<TransmissionSubject, "exclu">({
  meta: {
    id: "TDT-TRANSMISSIBLE",
    severity: "info",
    title: "Acte hors de l'obligation de transmission au préfet",
    ref: "CGCT L2131-2",
    verification: "V2015",
    messages: {
      exclu:
        "Cet acte n'est pas de ceux que L2131-2 oblige à transmettre (police de la circulation et du stationnement, droits de voirie…) : pas de dossier de télétransmission, il est exécutoire dès sa publication ou sa notification.",
    },
  },
  check({ record }, { report }) {
    if (!record.transmissible) report({ messageId: "exclu" });
  },
});
