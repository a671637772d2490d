import type { Clause } from "../model";
import { anyAct, arrete } from "./define";
import { certification, recoursText } from "./wording";

/** The parts every arrêté has: identification, author, formule, exécution, recours, exécutoire, signature. */
export const COMMON_ARRETE: readonly Clause[] = [
  arrete({
    id: "en-tete-arrete", title: "En-tête de l'arrêté", kind: "preambule", section: "en-tete", order: 10,
    template: "COMMUNE DE {commune}\nArrêté n° {numero}\nObjet : {objet}", refs: ["CGCT R2122-7"], vars: ["commune", "numero", "objet"],
  }),
  arrete({
    id: "autorite-maire", title: "Autorité signataire : le maire", kind: "preambule", section: "en-tete", order: 20, slot: "autorite",
    template: "{maire|Le Maire/La Maire} de la commune de {commune},", refs: ["CGCT L2122-28", "CRPA L212-1"], vars: ["maire", "commune"],
  }),
  arrete({
    id: "autorite-adjoint-delegue", title: "Autorité signataire : élu agissant par délégation", kind: "preambule", section: "en-tete", order: 20,
    slot: "autorite", optional: true,
    template: "{delegataire}, {qualiteDelegataire} de la commune de {commune}, agissant par délégation {maire|du Maire/de la Maire} en vertu de l'arrêté n° {numeroArreteDelegation} du {dateArreteDelegation},",
    refs: ["CGCT L2122-18"], vars: ["delegataire", "qualiteDelegataire", "commune", "maire", "numeroArreteDelegation", "dateArreteDelegation"],
  }),
  arrete({
    id: "formule-arrete", title: "Formule « ARRÊTE »", kind: "dispositif", section: "formule", order: 10,
    template: "ARRÊTE :", refs: ["CGCT L2122-28"],
  }),
  arrete({
    id: "execution-arrete", title: "Exécution et ampliation de l'arrêté", kind: "dispositif", section: "execution", order: 10,
    template: "{maire|Le Maire/La Maire} de {commune} et {chargesExecution} sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, dont ampliation sera adressée à {ampliation}.",
    refs: ["CGCT L2122-27"], vars: ["maire", "commune", "chargesExecution", "ampliation"],
  }),
  arrete({
    id: "recours-arrete", title: "Voies et délais de recours contre un arrêté réglementaire", kind: "recours", section: "recours", order: 10,
    slot: "recours", template: recoursText("Le présent arrêté", "sa publication"), refs: ["CJA R421-1", "CJA R421-5"], vars: ["tribunal"],
  }),
  arrete({
    id: "recours-arrete-individuel", title: "Voies et délais de recours contre un arrêté individuel", kind: "recours", section: "recours", order: 10,
    slot: "recours", subjects: ["permission-de-voirie"], template: recoursText("Le présent arrêté", "sa notification"),
    refs: ["CJA R421-1", "CJA R421-5"], vars: ["tribunal"],
  }),
  anyAct({
    id: "recours-delai-distance", title: "Délai de distance pour l'outre-mer et l'étranger", kind: "recours", section: "recours", order: 20, optional: true,
    template: "Ce délai est augmenté d'un mois pour les personnes qui demeurent outre-mer et de deux mois pour celles qui demeurent à l'étranger.",
    refs: ["CJA R421-7"],
  }),
  arrete({
    id: "executoire-arrete", title: "Transmission, publication et caractère exécutoire de l'arrêté", kind: "executoire", section: "executoire",
    order: 10, slot: "executoire",
    template: `Transmis au représentant de l'État le {dateTransmission}.\nPublié {modePublicite} le {datePublication}.\n${certification("du présent arrêté")}`,
    refs: ["CGCT L2131-1", "CGCT L2131-2"], vars: ["dateTransmission", "modePublicite", "datePublication", "maire"],
  }),
  arrete({
    id: "executoire-arrete-circulation", title: "Arrêté de circulation exécutoire dès sa publication", kind: "executoire", section: "executoire",
    order: 10, slot: "executoire", subjects: ["circulation-stationnement"],
    template: `Publié {modePublicite} le {datePublication}, le présent arrêté, relatif à la circulation et au stationnement, n'est pas soumis à l'obligation de transmission ; il est exécutoire dès sa publication et opposable aux usagers dès la mise en place de la signalisation.\n${certification("du présent arrêté")}`,
    refs: ["CGCT L2131-1", "CGCT L2131-2", "C. route R411-25"], vars: ["modePublicite", "datePublication", "maire"],
  }),
  arrete({
    id: "executoire-arrete-individuel", title: "Arrêté individuel exécutoire dès sa notification", kind: "executoire", section: "executoire",
    order: 10, slot: "executoire", subjects: ["permission-de-voirie"],
    template: `Notifié au bénéficiaire le {dateNotification}, le présent arrêté est exécutoire à compter de cette notification ; une copie en est affichée sur les lieux pendant toute la durée de l'occupation.\n${certification("du présent arrêté")}`,
    refs: ["CGCT L2131-1"], vars: ["dateNotification", "maire"],
  }),
  arrete({
    id: "signature-arrete", title: "Lieu, date et signature du maire", kind: "signature", section: "signature", order: 10, slot: "signature",
    template: "Fait à {commune}, le {dateSignature}.\n\n{maire|Le Maire/La Maire},\n{signataire|nom}", refs: ["CRPA L212-1"],
    vars: ["commune", "dateSignature", "maire", "signataire"],
  }),
  arrete({
    id: "signature-arrete-delegation", title: "Signature par un élu délégué", kind: "signature", section: "signature", order: 10, slot: "signature",
    optional: true,
    template: "Fait à {commune}, le {dateSignature}.\n\nPour {maire|le Maire/la Maire} et par délégation,\n{delegataire|L'adjoint délégué/L'adjointe déléguée},\n{delegataire|nom}",
    refs: ["CGCT L2122-18", "CRPA L212-1"], vars: ["commune", "dateSignature", "maire", "delegataire"],
  }),
];
