import type { Clause } from "../model";
import { deliberation } from "./define";
import { certification, recoursText } from "./wording";

/** The parts every délibération has, whatever its subject: séance, general visa, formule, vote, recours, exécutoire. */
export const COMMON_DELIBERATION: readonly Clause[] = [
  deliberation({
    id: "en-tete-deliberation", title: "En-tête de la délibération", kind: "preambule", section: "en-tete", order: 10,
    template: "COMMUNE DE {commune}\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° {numero}\nObjet : {objet}",
    refs: ["CGCT R2121-9"], vars: ["commune", "numero", "objet"],
  }),
  deliberation({
    id: "seance-ouverture", title: "Date, heure, lieu et présidence de la séance", kind: "mention-seance", section: "seance", order: 10,
    template: "Le {dateSeance} à {heureSeance}, le conseil municipal de la commune de {commune} s'est réuni en séance publique {lieuSeance}, sous la présidence de {president}.",
    refs: ["CGCT L2121-7", "CGCT L2121-14", "CGCT L2121-15"], vars: ["dateSeance", "heureSeance", "commune", "lieuSeance", "president"],
  }),
  deliberation({
    id: "seance-convocation", title: "Date de la convocation", kind: "mention-seance", section: "seance", order: 20, slot: "convocation",
    template: "Date de convocation : {dateConvocation}\nConvocation mentionnée au registre et portée à la connaissance du public le {dateAffichageConvocation}",
    refs: ["CGCT L2121-10", "CGCT L2121-11", "CGCT L2121-12"], vars: ["dateConvocation", "dateAffichageConvocation"],
  }),
  deliberation({
    id: "seance-convocation-urgence", title: "Convocation en urgence", kind: "mention-seance", section: "seance", order: 20, slot: "convocation", optional: true,
    template: "Date de convocation : {dateConvocation}, délai abrégé pour urgence. Dès l'ouverture de la séance, {maire} en a rendu compte au conseil municipal, qui s'est prononcé sur l'urgence.",
    refs: ["CGCT L2121-11", "CGCT L2121-12"], vars: ["dateConvocation", "maire"],
  }),
  deliberation({
    id: "seance-effectifs", title: "Effectifs : en exercice, présents, représentés, votants", kind: "mention-seance", section: "seance", order: 30,
    template: "Conseillers municipaux en exercice : {enExercice}\nPrésents : {presents}\nReprésentés : {representes}\nVotants : {votants}",
    refs: ["CGCT L2121-17", "CGCT L2121-20"], vars: ["enExercice", "presents", "representes", "votants"],
  }),
  deliberation({
    id: "seance-presents", title: "Liste des présents, des absents et des pouvoirs", kind: "mention-seance", section: "seance", order: 40,
    template: "Présents : {listePresents}\nAbsents : {listeAbsents}\nPouvoirs : {listePouvoirs}",
    refs: ["CGCT L2121-15", "CGCT L2121-20"], vars: ["listePresents", "listeAbsents", "listePouvoirs"],
  }),
  deliberation({
    id: "seance-secretaire", title: "Secrétaire de séance", kind: "mention-seance", section: "seance", order: 50,
    template: "Secrétaire de séance : {secretaire}", refs: ["CGCT L2121-15"], vars: ["secretaire"],
  }),
  deliberation({
    id: "seance-quorum", title: "Quorum atteint", kind: "mention-seance", section: "seance", order: 60, slot: "quorum",
    template: "Le quorum étant atteint, le conseil municipal peut valablement délibérer.", refs: ["CGCT L2121-17"],
  }),
  deliberation({
    id: "seance-quorum-seconde-convocation", title: "Séance sans condition de quorum après seconde convocation", kind: "mention-seance",
    section: "seance", order: 60, slot: "quorum", optional: true,
    template: "Le quorum n'ayant pas été atteint à la séance du {datePremiereSeance}, le conseil municipal, à nouveau convoqué à trois jours au moins d'intervalle, délibère valablement sans condition de quorum.",
    refs: ["CGCT L2121-17"], vars: ["datePremiereSeance"],
  }),
  deliberation({
    id: "seance-huis-clos", title: "Décision de siéger à huis clos", kind: "mention-seance", section: "seance", order: 70, optional: true,
    template: "Sur la demande de {demandeursHuisClos}, le conseil municipal a décidé, sans débat, à la majorité absolue des membres présents ou représentés, de se réunir à huis clos.",
    refs: ["CGCT L2121-18"], vars: ["demandeursHuisClos"],
  }),
  deliberation({
    id: "visa-cgct-l2121-29", title: "Visa de la compétence générale du conseil municipal", kind: "visa", section: "visas", order: 10, slot: "visa-cgct",
    template: "Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;", refs: ["CGCT L2121-29"],
  }),
  deliberation({
    id: "formule-expose", title: "Exposé du rapporteur", kind: "dispositif", section: "formule", order: 5, optional: true,
    template: "Entendu l'exposé de {rapporteur}, {rapporteur|rapporteur/rapporteure},", refs: ["CGCT L2121-13"], vars: ["rapporteur"],
  }),
  deliberation({
    id: "formule-decide", title: "Formule délibérative", kind: "dispositif", section: "formule", order: 10,
    template: "Le conseil municipal, après en avoir délibéré, DÉCIDE :", refs: ["CGCT L2121-29"],
  }),
  deliberation({
    id: "execution-deliberation", title: "Exécution de la délibération par le maire", kind: "dispositif", section: "execution", order: 10,
    template: "{maire} est {maire|chargé/chargée} de l'exécution de la présente délibération.", refs: ["CGCT L2122-21"], vars: ["maire"],
  }),
  deliberation({
    id: "vote-non-participation", title: "Élu intéressé n'ayant pas pris part au vote", kind: "mention-seance", section: "vote", order: 5, optional: true,
    template: "{elu}, {elu|intéressé/intéressée} à l'affaire, a quitté la salle et n'a pris part ni au débat ni au vote.",
    refs: ["CGCT L2131-11"], vars: ["elu"],
  }),
  deliberation({
    id: "vote-detaille", title: "Résultat du vote (pour, contre, abstentions)", kind: "mention-seance", section: "vote", order: 10, slot: "vote",
    template: "Vote : Pour : {pour} Contre : {contre} Abstentions : {abstentions}", refs: ["CGCT L2121-20"], vars: ["pour", "contre", "abstentions"],
  }),
  deliberation({
    id: "vote-unanimite", title: "Adoption à l'unanimité", kind: "mention-seance", section: "vote", order: 10, slot: "vote", optional: true,
    template: "Adopté à l'unanimité des membres présents et représentés (votants : {votants}).", refs: ["CGCT L2121-20"], vars: ["votants"],
  }),
  deliberation({
    id: "vote-unanimite-exprimes", title: "Adoption à l'unanimité des suffrages exprimés", kind: "mention-seance", section: "vote", order: 10,
    slot: "vote", optional: true,
    template: "Adopté à l'unanimité des suffrages exprimés : Pour : {pour} Contre : 0 Abstentions : {abstentions}", refs: ["CGCT L2121-20"],
    vars: ["pour", "abstentions"],
  }),
  deliberation({
    id: "vote-scrutin-public", title: "Scrutin public : nom des votants et sens du vote", kind: "mention-seance", section: "vote", order: 20, optional: true,
    template: "Scrutin public demandé par le quart des membres présents. Ont voté pour : {nomsPour}. Ont voté contre : {nomsContre}. Se sont abstenus : {nomsAbstention}.",
    refs: ["CGCT L2121-21"], vars: ["nomsPour", "nomsContre", "nomsAbstention"],
  }),
  deliberation({
    id: "recours-deliberation", version: 1, status: "retiree", title: "Voies et délais de recours contre une délibération", kind: "recours",
    section: "recours", order: 10, slot: "recours",
    template: "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de {tribunal} dans un délai de deux mois à compter de sa publication.",
    refs: ["CJA R421-1"], vars: ["tribunal"], validatedAt: "2023-01-15",
  }),
  deliberation({
    id: "recours-deliberation", version: 2, title: "Voies et délais de recours contre une délibération", kind: "recours", section: "recours", order: 10,
    slot: "recours", template: recoursText("La présente délibération", "sa publication ou, pour les personnes auxquelles elle est notifiée, de sa notification"),
    refs: ["CJA R421-1", "CJA R421-5"], vars: ["tribunal"],
  }),
  deliberation({
    id: "executoire-deliberation", title: "Transmission, publication et caractère exécutoire", kind: "executoire", section: "executoire", order: 10,
    slot: "executoire",
    template: `Transmise au représentant de l'État le {dateTransmission}.\nPubliée {modePublicite} le {datePublication}.\n${certification("de la présente délibération")}`,
    refs: ["CGCT L2131-1", "CGCT L2131-2"], vars: ["dateTransmission", "modePublicite", "datePublication", "maire"],
  }),
  deliberation({
    id: "executoire-deliberation-non-transmise", title: "Délibération exécutoire dès sa publication (non transmissible)", kind: "executoire",
    section: "executoire", order: 10, slot: "executoire", optional: true,
    template: `Publiée {modePublicite} le {datePublication}, la présente délibération, qui n'est pas au nombre des actes soumis à l'obligation de transmission, est exécutoire dès sa publication.\n${certification("de la présente délibération")}`,
    refs: ["CGCT L2131-1", "CGCT L2131-2", "CGCT L2131-3"], vars: ["modePublicite", "datePublication", "maire"],
  }),
  deliberation({
    id: "signature-deliberation", title: "Signatures du maire et du secrétaire de séance", kind: "signature", section: "signature", order: 10,
    template: "Fait et délibéré en séance, les jour, mois et an susdits.\n\n{secretaire|Le secrétaire de séance/La secrétaire de séance},\n{secretaire|nom}\n\n{maire|Le Maire/La Maire},\n{signataire|nom}",
    refs: ["CGCT R2121-9", "CRPA L212-1"], vars: ["secretaire", "maire", "signataire"],
  }),
];
