import type { Clause } from "../model";
import { arrete } from "./define";

const SUBJECT = ["delegation-de-fonction"] as const;

/** Arrêté de délégation de fonction of the maire to an adjoint or a conseiller municipal (CGCT L2122-18). */
export const DELEGATION_FONCTION: readonly Clause[] = [
  arrete({
    id: "visa-cgct-l2122-18",
    title: "Visa de la délégation de fonction",
    kind: "visa",
    section: "visas",
    order: 10,
    slot: "visa-cgct",
    subjects: SUBJECT,
    template: "Vu le code général des collectivités territoriales, notamment son article L. 2122-18 ;",
    refs: ["CGCT L2122-18"],
  }),
  arrete({
    id: "visa-election-maire-adjoints",
    title: "Visa de l'élection du maire et des adjoints",
    kind: "visa",
    section: "visas",
    order: 50,
    subjects: SUBJECT,
    template: "Vu le procès-verbal de l'élection du maire et des adjoints du {dateElection} ;",
    refs: ["CGCT L2122-18"],
    vars: ["dateElection"],
  }),
  arrete({
    id: "considerant-delegation-fonction",
    title: "Motif de la délégation de fonction",
    kind: "considerant",
    section: "considerants",
    order: 10,
    subjects: SUBJECT,
    template:
      "Considérant qu'il convient, pour la bonne marche de l'administration communale, de donner à {delegataire} une délégation de fonction dans le domaine suivant : {domaineDelegation} ;",
    refs: ["CGCT L2122-18"],
    vars: ["delegataire", "domaineDelegation"],
  }),
  arrete({
    id: "article-delegation-fonction",
    title: "Délégation de fonction et domaine délégué",
    kind: "dispositif",
    section: "articles",
    order: 10,
    subjects: SUBJECT,
    template:
      "Sous la surveillance et la responsabilité {maire|du Maire/de la Maire}, délégation de fonction est donnée à {delegataire}, {qualiteDelegataire|delegataire}, dans le domaine suivant : {domaineDelegation}.",
    refs: ["CGCT L2122-18"],
    vars: ["maire", "delegataire", "qualiteDelegataire", "domaineDelegation"],
  }),
  arrete({
    id: "article-delegation-signature-elu",
    title: "Délégation de signature dans le domaine délégué",
    kind: "dispositif",
    section: "articles",
    order: 20,
    subjects: SUBJECT,
    template:
      "Dans ce domaine, {delegataire} reçoit délégation pour signer les actes, arrêtés, correspondances et documents.",
    refs: ["CGCT L2122-18"],
    vars: ["delegataire"],
  }),
  arrete({
    id: "article-delegation-duree",
    title: "Durée de la délégation",
    kind: "dispositif",
    section: "articles",
    order: 30,
    subjects: SUBJECT,
    template:
      "La présente délégation prend effet dès que le présent arrêté est exécutoire ; elle subsiste tant qu'elle n'est pas rapportée et prend fin au plus tard avec le mandat {maire|du Maire/de la Maire}.",
    refs: ["CGCT L2122-18"],
    vars: ["maire"],
  }),
  arrete({
    id: "article-delegation-suppleant",
    title: "Suppléance en cas d'empêchement du délégataire",
    kind: "dispositif",
    section: "articles",
    order: 40,
    optional: true,
    subjects: SUBJECT,
    template: "En cas d'absence ou d'empêchement de {delegataire}, la délégation est exercée par {suppleant}.",
    refs: ["CGCT L2122-18"],
    vars: ["delegataire", "suppleant"],
  }),
  arrete({
    id: "article-delegation-abrogation",
    title: "Abrogation de l'arrêté de délégation antérieur",
    kind: "dispositif",
    section: "articles",
    order: 50,
    optional: true,
    subjects: SUBJECT,
    template: "L'arrêté n° {numeroArreteDelegation} du {dateArreteDelegation} est abrogé.",
    refs: ["CGCT L2122-18"],
    vars: ["numeroArreteDelegation", "dateArreteDelegation"],
  }),
];
