import type { ActNature } from "../../common";
import { ENVELOPE_REF } from "../envelope";
import type { ActType, NatureActe } from "../model";
import { NATURE_CODES, NATURES_ACTES } from "../model";
import { defineTransmissionRule } from "../rule-support/support";

/** The natures each kind of act of the suite may carry (a contract, nature 4, is neither). */
const ALLOWED: Readonly<Record<ActType, readonly NatureActe[]>> = { deliberation: [1, 5], arrete: [2, 3, 6] };
const TYPE_NAMES: Readonly<Record<ActType, string>> = { deliberation: "Une délibération", arrete: "Un arrêté" };
/** The nature an arrêté's portée calls for: an individual decision is notified, a regulatory one published. */
const BY_PORTEE: Partial<Readonly<Record<ActNature, NatureActe>>> = { individuel: 3, reglementaire: 2 };

const label = (code: NatureActe): string => `${code} « ${NATURES_ACTES[code]} »`;

export default defineTransmissionRule({
  meta: {
    id: "TDT-NATURE",
    severity: "error",
    title: "Nature @CTES cohérente avec le type de l'acte",
    ref: ENVELOPE_REF,
    verification: "D",
    messages: {
      absent: "Nature @CTES absente : choisissez-la parmi 1 à 6 ({attendues} pour cet acte).",
      inconnue: "Nature @CTES « {nature} » inconnue : les natures vont de 1 à 6.",
      type: "{type} ne se transmet pas en nature {nature} : attendu {attendues}.",
      portee: "Arrêté {portee} transmis en nature {nature} : la nature attendue est {attendue}.",
      budget:
        "Document budgétaire ({document} {exercice}) transmis en nature {nature} : la nature attendue est {attendue}.",
    },
    note: "Une délibération est de nature 1, ou 5 quand elle adopte un document budgétaire ; un arrêté est de nature 2 (réglementaire), 3 (individuel) ou 6.",
  },
  check({ record }, { report }) {
    const allowed = ALLOWED[record.type];
    const attendues = allowed.map(label).join(" ou ");
    // A record read from a file may carry any integer here: TDT-NATURE is what names it.
    const nature: number | undefined = record.nature;
    if (nature === undefined) {
      report({ messageId: "absent", data: { attendues } });
      return;
    }
    const code = NATURE_CODES.find((c) => c === nature);
    if (code === undefined) {
      report({ messageId: "inconnue", data: { nature: String(nature) } });
      return;
    }
    if (!allowed.includes(code)) {
      report({ messageId: "type", data: { type: TYPE_NAMES[record.type], nature: label(code), attendues } });
      return;
    }
    if (record.budget && record.type === "deliberation" && code !== 5) {
      const { document, exercice } = record.budget;
      report({ messageId: "budget", data: { document, exercice, nature: label(code), attendue: label(5) } });
      return;
    }
    const byPortee = record.type === "arrete" ? BY_PORTEE[record.portee] : undefined;
    if (byPortee !== undefined && code !== byPortee && code !== 6)
      report({
        messageId: "portee",
        severity: "warning",
        data: { portee: record.portee, nature: label(code), attendue: label(byPortee) },
      });
  },
});
