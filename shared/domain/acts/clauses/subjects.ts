import type { ActType } from "./model";

/** The acts a small commune passes most, each a délibération or an arrêté. */
export const SUBJECTS = {
  "budget-primitif": { label: "Budget primitif (vote par chapitre)", actType: "deliberation" },
  "decision-modificative": { label: "Décision modificative", actType: "deliberation" },
  "vote-des-taux": { label: "Vote des taux d'imposition", actType: "deliberation" },
  "tarifs-cantine": { label: "Tarifs de la restauration scolaire", actType: "deliberation" },
  "tarifs-salle": { label: "Tarifs de location de salle", actType: "deliberation" },
  subventions: { label: "Subventions aux associations", actType: "deliberation" },
  "creation-emploi": { label: "Création d'emploi", actType: "deliberation" },
  indemnites: { label: "Indemnités de fonction des élus", actType: "deliberation" },
  "delegations-l2122-22": { label: "Délégations du conseil municipal au maire (L2122-22)", actType: "deliberation" },
  conventions: { label: "Convention", actType: "deliberation" },
  "demande-subvention": { label: "Demande de subvention DETR / DSIL", actType: "deliberation" },
  "mode-de-publicite": { label: "Mode de publicité des actes (moins de 3 500 habitants)", actType: "deliberation" },
  "circulation-stationnement": { label: "Circulation et stationnement temporaires", actType: "arrete" },
  "permission-de-voirie": { label: "Permission de voirie", actType: "arrete" },
  "delegation-de-fonction": { label: "Délégation de fonction", actType: "arrete" },
  "police-generale": { label: "Police générale", actType: "arrete" },
} as const satisfies Readonly<Record<string, { readonly label: string; readonly actType: ActType }>>;

export type Subject = keyof typeof SUBJECTS;

export function isSubject(value: string): value is Subject {
  return Object.hasOwn(SUBJECTS, value);
}

export function subjectsOf(actType: ActType): Subject[] {
  return (Object.keys(SUBJECTS) as Subject[]).filter((s) => SUBJECTS[s].actType === actType);
}
