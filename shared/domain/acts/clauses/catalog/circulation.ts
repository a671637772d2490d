import type { Clause } from "../model";
import { arrete } from "./define";

const SUBJECT = ["circulation-stationnement"] as const;

/** Temporary traffic and parking arrêtés (works, events): motivated, limited in time and space, signalled. */
export const CIRCULATION: readonly Clause[] = [
  arrete({
    id: "visa-cgct-circulation", title: "Visa des pouvoirs de police de la circulation du maire", kind: "visa", section: "visas", order: 10,
    slot: "visa-cgct", subjects: SUBJECT,
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;",
    refs: ["CGCT L2213-1", "CGCT L2213-2"],
  }),
  arrete({
    id: "visa-code-route", title: "Visa du code de la route", kind: "visa", section: "visas", order: 20, subjects: SUBJECT,
    template: "Vu le code de la route, notamment ses articles R. 411-8, R. 411-25 et R. 417-10 ;",
    refs: ["C. route R411-8", "C. route R411-25", "C. route R417-10"],
  }),
  arrete({
    id: "visa-arrete-signalisation-1967", title: "Visa de l'arrêté du 24 novembre 1967 sur la signalisation", kind: "visa", section: "visas", order: 30,
    subjects: SUBJECT,
    template: "Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à la signalisation des routes et des autoroutes ;",
    refs: ["Arrêté interministériel du 24 novembre 1967"],
  }),
  arrete({
    id: "visa-iisr-signalisation-temporaire", title: "Visa de l'instruction sur la signalisation temporaire", kind: "visa", section: "visas",
    order: 35, subjects: SUBJECT,
    template: "Vu l'instruction interministérielle sur la signalisation routière, notamment son livre I, huitième partie, relative à la signalisation temporaire ;",
    refs: ["Instruction interministérielle sur la signalisation routière, livre I, 8e partie"],
  }),
  arrete({
    id: "visa-demande-intervenant", title: "Visa de la demande de l'intervenant", kind: "visa", section: "visas", order: 60, optional: true,
    subjects: SUBJECT,
    template: "Vu la demande présentée le {dateDemande} par {demandeur} ;", refs: ["CGCT L2213-1"], vars: ["dateDemande", "demandeur"],
  }),
  arrete({
    id: "considerant-circulation-travaux", title: "Travaux imposant une réglementation temporaire", kind: "considerant", section: "considerants",
    order: 10, slot: "considerant-circulation", subjects: SUBJECT,
    template: "Considérant que {natureTravaux}, {voie}, nécessitent de réglementer temporairement la circulation et le stationnement afin d'assurer la sécurité des usagers et des intervenants ;",
    refs: ["CGCT L2213-1"], vars: ["natureTravaux", "voie"],
  }),
  arrete({
    id: "considerant-circulation-manifestation", title: "Manifestation imposant une réglementation temporaire", kind: "considerant",
    section: "considerants", order: 10, slot: "considerant-circulation", optional: true, subjects: SUBJECT,
    template: "Considérant que le déroulement de {natureTravaux} nécessite de réglementer temporairement la circulation et le stationnement, {voie}, afin d'assurer la sécurité du public ;",
    refs: ["CGCT L2213-1", "CGCT L2213-2"], vars: ["natureTravaux", "voie"],
  }),
  arrete({
    id: "article-circulation-mesure", title: "Mesure de circulation limitée dans le temps et l'espace", kind: "dispositif", section: "articles",
    order: 10, subjects: SUBJECT,
    template: "Du {dateDebut} au {dateFin}, de {heureDebut} à {heureFin}, la circulation est {mesureCirculation}, {voie}.",
    refs: ["CGCT L2213-1"], vars: ["dateDebut", "dateFin", "heureDebut", "heureFin", "mesureCirculation", "voie"],
  }),
  arrete({
    id: "article-deviation", title: "Itinéraire de déviation", kind: "dispositif", section: "articles", order: 20, optional: true, subjects: SUBJECT,
    template: "Pendant la durée de la mesure, une déviation est mise en place par {itineraireDeviation}.", refs: ["CGCT L2213-1"],
    vars: ["itineraireDeviation"],
  }),
  arrete({
    id: "article-stationnement-interdit", title: "Interdiction temporaire de stationner (stationnement gênant)", kind: "dispositif",
    section: "articles", order: 30, subjects: SUBJECT,
    template: "Du {dateDebut} au {dateFin}, le stationnement est interdit, {voie} ; il est considéré comme gênant au sens de l'article R. 417-10 du code de la route et tout véhicule en infraction peut faire l'objet d'une mise en fourrière.",
    refs: ["CGCT L2213-2", "C. route R417-10"], vars: ["dateDebut", "dateFin", "voie"],
  }),
  arrete({
    id: "article-vitesse-chantier", title: "Limitation de vitesse au droit du chantier", kind: "dispositif", section: "articles", order: 40,
    optional: true, subjects: SUBJECT,
    template: "Au droit du chantier, la vitesse est limitée à {vitesseMax} km/h.", refs: ["C. route R411-8"], vars: ["vitesseMax"],
  }),
  arrete({
    id: "article-signalisation", title: "Mise en place de la signalisation temporaire", kind: "dispositif", section: "articles", order: 50,
    subjects: SUBJECT,
    template: "La signalisation temporaire, conforme à l'instruction interministérielle sur la signalisation routière, est mise en place, entretenue et déposée par {chargeSignalisation}. Les prescriptions du présent arrêté sont opposables aux usagers dès la mise en place de cette signalisation.",
    refs: ["C. route R411-25"], vars: ["chargeSignalisation"],
  }),
  arrete({
    id: "article-vehicules-exemptes", title: "Véhicules non concernés par la mesure", kind: "dispositif", section: "articles", order: 60,
    subjects: SUBJECT,
    template: "Ces dispositions ne s'appliquent pas aux véhicules de secours et de lutte contre l'incendie, de police et de gendarmerie, ni aux véhicules de l'intervenant.",
    refs: ["CGCT L2213-1"],
  }),
];
