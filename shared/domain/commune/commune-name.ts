import type { CommuneArticle, CommuneProfile } from "./profile";

// Names starting with a vowel elide « de » and « le » (« d'Angers », « l'Isle-Adam »). An initial h is left alone:
// whether it is mute cannot be told from the spelling (« d'Hérouville » but « de Hautmont »).
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/** « de Nantes », « d'Orléans »: the preposition before a name that carries no article of its own. */
export function deNom(nom: string): string {
  return VOWEL.test(nom) ? `d'${nom}` : `de ${nom}`;
}

/** The article as written at the head of the name, capitalised: « Les », « L' ». */
function headArticle(article: CommuneArticle): string {
  return article === "" ? "" : `${article.charAt(0).toUpperCase()}${article.slice(1)}`;
}

/** The name as the commune writes it: « Les Essarts-le-Bas », « L'Isle-Adam », « Saint-Aubin-sur-Loire ». */
export function nomComplet(profile: Pick<CommuneProfile, "nom" | "article">): string {
  const head = headArticle(profile.article);
  if (head === "") return profile.nom;
  return head.endsWith("'") ? `${head}${profile.nom}` : `${head} ${profile.nom}`;
}

/**
 * « de » contracted with the article: « du Mans », « des Essarts-le-Bas »; « la » and « l' » do not contract and stay
 * capitalised, part of the name: « de La Rochelle », « de L'Isle-Adam ».
 */
export function deCommune(profile: Pick<CommuneProfile, "nom" | "article">): string {
  switch (profile.article) {
    case "le":
      return `du ${profile.nom}`;
    case "les":
      return `des ${profile.nom}`;
    case "la":
    case "l'":
      return `de ${nomComplet(profile)}`;
    case "":
      return deNom(profile.nom);
  }
}

/** « à » contracted likewise: « au Mans », « aux Essarts-le-Bas », « à La Rochelle ». */
export function aCommune(profile: Pick<CommuneProfile, "nom" | "article">): string {
  switch (profile.article) {
    case "le":
      return `au ${profile.nom}`;
    case "les":
      return `aux ${profile.nom}`;
    default:
      return `à ${nomComplet(profile)}`;
  }
}

/** « Commune des Essarts-le-Bas », « Commune de Saint-Aubin-sur-Loire ». */
export function communeDe(profile: Pick<CommuneProfile, "nom" | "article">): string {
  return `Commune ${deCommune(profile)}`;
}

/**
 * Splits a full name as written (« Les Essarts-le-Bas ») into its article and the rest, given the article the
 * profile records; a name that does not start with its article is kept whole.
 */
export function splitArticle(fullName: string, article: CommuneArticle): Pick<CommuneProfile, "nom" | "article"> {
  const name = fullName.trim();
  if (article === "") return { nom: name, article };
  const prefix = article.endsWith("'") ? article : `${article} `;
  return name.toLowerCase().startsWith(prefix) && name.length > prefix.length
    ? { nom: name.slice(prefix.length).trimStart(), article }
    : { nom: name, article };
}
