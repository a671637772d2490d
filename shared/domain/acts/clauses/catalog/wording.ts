/** Sentences several clauses share, written once. */

const RECOURS_GRACIEUX =
  "Dans le même délai, un recours gracieux peut être adressé à l'auteur de l'acte ; il interrompt le délai de recours contentieux, qui court à nouveau à compter de la réponse ou, à défaut, du rejet implicite né du silence gardé pendant deux mois.";

const TELERECOURS =
  "Le tribunal peut être saisi par l'application Télérecours citoyens accessible sur le site www.telerecours.fr.";

/** Voies et délais de recours (CJA R421-1, R421-5): `acte` is the subject, `depart` what starts the delay. */
export function recoursText(acte: string, depart: string): string {
  return `${acte} peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif de {tribunal} dans un délai de deux mois à compter de ${depart} (articles R. 421-1 et R. 421-5 du code de justice administrative). ${TELERECOURS} ${RECOURS_GRACIEUX}`;
}

/** Publicity under L2131-1 IV: an act is « rendu public » by affichage or by publication, never « publié par affichage ». */
export function renduPublic(feminin: boolean): string {
  return `${feminin ? "Rendue publique" : "Rendu public"} {modePublicite} le {datePublication}`;
}

/** What starts the délai de recours of a regulatory act in a commune that may have chosen affichage (R421-1). */
export const FORMALITES_PUBLICITE = "l'accomplissement des formalités de publicité (affichage ou publication)";

/** The maire's certification of the exécutoire character (CGCT L2131-1 I). */
export function certification(acte: string): string {
  return `{maire|Le Maire soussigné/La Maire soussignée} certifie sous sa responsabilité le caractère exécutoire ${acte}.`;
}

/** "Délégation est donnée à Monsieur le Maire, pour la durée du mandat, pour …" (CGCT L2122-22). */
export function delegation(item: string, alinea: string): string {
  return `Délégation est donnée à {maire}, pour la durée du mandat, pour ${item} (article L. 2122-22, ${alinea}, du code général des collectivités territoriales).`;
}
