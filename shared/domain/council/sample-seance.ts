import type { Seance } from "./schema";
import type { SeanceSubject } from "./subject";

const MEMBERS = [
  "Anne Leroy",
  "Paul Bernard",
  "Marie Petit",
  "Luc Durand",
  "Claire Moreau",
  "Jean Martin",
  "Sophie Girard",
  "Henri Roux",
  "Julie Blanc",
  "Marc Fabre",
  "Lucie Morel",
];

/**
 * A regular séance of a commune of 800 inhabitants, which every CM-* rule accepts: the base the rule tests
 * modify one field at a time.
 */
export function sampleSeance(): Seance {
  return {
    commune: { name: "Saint-Exemple", departement: "24", population: 800, website: true, adjoints: 3 },
    date: "2025-03-28",
    time: "20:00",
    place: "Salle du conseil, mairie",
    placeIsMairie: true,
    maire: "Anne Leroy",
    president: "Anne Leroy",
    convocation: {
      sentOn: "2025-03-24",
      issuedBy: "maire",
      agenda: ["Vote du compte administratif 2024", "Subvention au comité des fêtes"],
      registerMention: true,
      postedOrPublished: true,
      recipients: MEMBERS.map((member) => ({ member, mode: "dematerialisee" as const, sentOn: "2025-03-24" })),
    },
    enExercice: 11,
    members: [...MEMBERS],
    presents: MEMBERS.slice(0, 9),
    procurations: [{ mandant: "Marc Fabre", mandataire: "Luc Durand", written: true, consecutiveSeances: 1 }],
    secretaries: ["Paul Bernard"],
    previousSeanceDate: "2025-01-24",
    previousPvArrete: true,
    points: [
      {
        number: 1,
        subject: "Vote du compte administratif 2024",
        kind: "compte-administratif",
        exercice: 2024,
        onAgenda: true,
        president: "Paul Bernard",
        nonParticipants: ["Anne Leroy"],
        vote: { pour: 9, contre: 0, abstentions: 0 },
        result: "adopte",
      },
      {
        number: 2,
        subject: "Subvention au comité des fêtes",
        onAgenda: true,
        interested: ["Julie Blanc"],
        nonParticipants: ["Julie Blanc"],
        vote: { pour: 7, contre: 1, abstentions: 1 },
        result: "adopte",
      },
    ],
    pv: {
      arreteOn: "2025-05-16",
      signedBy: ["Anne Leroy", "Paul Bernard"],
      publishedOnlineOn: "2025-05-20",
      paperCopy: true,
    },
    deliberationsList: { postedOn: "2025-03-31", onlineOn: "2025-03-31" },
    register: { signedBy: ["Anne Leroy", "Paul Bernard"] },
    delegations: { granted: true, reported: true },
  };
}

/** The sample séance with `change` applied, wrapped as the rules receive it. */
export function seanceSubject(change: (seance: Seance) => void = () => undefined, today = "2025-06-15"): SeanceSubject {
  const seance = sampleSeance();
  change(seance);
  return { seance, today };
}
