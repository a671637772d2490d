import type { Clause } from "../model";
import { arrete } from "./define";

const SUBJECT = ["permission-de-voirie"] as const;

/** Permission de voirie: an individual, personal, precarious authorisation of an occupation with emprise. */
export const VOIRIE: readonly Clause[] = [
  arrete({
    id: "visa-voirie-routiere-l113-2",
    title: "Visa du code de la voirie routière (occupation du domaine public)",
    kind: "visa",
    section: "visas",
    order: 10,
    slot: "visa-cgct",
    subjects: SUBJECT,
    template: "Vu le code de la voirie routière, notamment son article L. 113-2 ;",
    refs: ["C. voirie routière L113-2"],
  }),
  arrete({
    id: "visa-cg3p-occupation",
    title: "Visa du code général de la propriété des personnes publiques",
    kind: "visa",
    section: "visas",
    order: 20,
    subjects: SUBJECT,
    template:
      "Vu le code général de la propriété des personnes publiques, notamment ses articles L. 2122-1 et L. 2125-1 ;",
    refs: ["CG3P L2122-1", "CG3P L2125-1"],
  }),
  arrete({
    id: "visa-tarifs-voirie",
    title: "Visa de la délibération fixant les droits de voirie",
    kind: "visa",
    section: "visas",
    order: 50,
    subjects: SUBJECT,
    template: "Vu la délibération du {dateDeliberationTarifs} fixant les tarifs des droits de voirie ;",
    refs: ["CG3P L2125-1"],
    vars: ["dateDeliberationTarifs"],
  }),
  arrete({
    id: "visa-demande-permission",
    title: "Visa de la demande de permission de voirie",
    kind: "visa",
    section: "visas",
    order: 60,
    subjects: SUBJECT,
    template: "Vu la demande présentée le {dateDemande} par {demandeur} ;",
    refs: ["C. voirie routière L113-2"],
    vars: ["dateDemande", "demandeur"],
  }),
  arrete({
    id: "considerant-occupation-compatible",
    title: "Occupation avec emprise compatible avec l'affectation de la voie",
    kind: "considerant",
    section: "considerants",
    order: 10,
    subjects: SUBJECT,
    template:
      "Considérant que l'occupation sollicitée, qui comporte une emprise sur le domaine public routier communal, est compatible avec l'affectation de la voie et la sécurité de la circulation ;",
    refs: ["C. voirie routière L113-2"],
  }),
  arrete({
    id: "article-permission-accordee",
    title: "Permission de voirie accordée",
    kind: "dispositif",
    section: "articles",
    order: 10,
    subjects: SUBJECT,
    template:
      "Une permission de voirie est accordée à {beneficiaire} pour {objetOccupation}, {emplacement}, du {dateDebut} au {dateFin}.",
    refs: ["C. voirie routière L113-2"],
    vars: ["beneficiaire", "objetOccupation", "emplacement", "dateDebut", "dateFin"],
  }),
  arrete({
    id: "article-permission-precaire",
    title: "Caractère personnel, précaire et révocable",
    kind: "dispositif",
    section: "articles",
    order: 20,
    subjects: SUBJECT,
    template:
      "Cette permission est délivrée à titre personnel, précaire et révocable ; elle peut être retirée à tout moment pour un motif d'intérêt général, sans indemnité.",
    refs: ["C. voirie routière L113-2", "CG3P L2122-3"],
  }),
  arrete({
    id: "article-prescriptions-chantier",
    title: "Exécution des travaux et responsabilité du bénéficiaire",
    kind: "dispositif",
    section: "articles",
    order: 30,
    subjects: SUBJECT,
    template:
      "Les travaux sont exécutés selon les règles de l'art ; le bénéficiaire assure la signalisation du chantier et demeure responsable des accidents et dommages pouvant résulter de l'occupation.",
    refs: ["C. voirie routière L113-2"],
  }),
  arrete({
    id: "article-remise-en-etat",
    title: "Remise en état des lieux",
    kind: "dispositif",
    section: "articles",
    order: 40,
    subjects: SUBJECT,
    template:
      "À l'achèvement des travaux, le bénéficiaire remet les lieux dans leur état initial ; à défaut, la remise en état est exécutée à ses frais par la commune.",
    refs: ["C. voirie routière L113-2"],
  }),
  arrete({
    id: "article-redevance-occupation",
    title: "Redevance d'occupation du domaine public",
    kind: "dispositif",
    section: "articles",
    order: 50,
    subjects: SUBJECT,
    template:
      "L'occupation donne lieu au paiement d'une redevance de {montantRedevance}, calculée selon les tarifs fixés par la délibération du {dateDeliberationTarifs}.",
    refs: ["CG3P L2125-1"],
    vars: ["montantRedevance", "dateDeliberationTarifs"],
  }),
  arrete({
    id: "article-droits-des-tiers",
    title: "Réserve des droits des tiers",
    kind: "dispositif",
    section: "articles",
    order: 60,
    subjects: SUBJECT,
    template: "Les droits des tiers sont et demeurent expressément réservés.",
    refs: ["C. voirie routière L113-2"],
  }),
];
