import type { CommuneProfile, EluProfile } from "@shared/domain/commune/profile";

/** « Les Essarts-le-Bas », « Le Mans », « Saint-Aubin »: the name as it stands alone. */
export function communeName(profile: Pick<CommuneProfile, "nom" | "article">): string {
  const { nom, article } = profile;
  if (article === "") return nom;
  if (article === "l'") return `L'${nom}`;
  if (article === "la") return `La ${nom}`;
  return `${article === "le" ? "Le" : "Les"} ${nom}`;
}

/** « de Saint-Aubin », « du Mans », « de La Rochelle », « des Essarts-le-Bas », « de L'Isle-Adam ». */
export function communeDe(profile: Pick<CommuneProfile, "nom" | "article">): string {
  if (profile.article === "le") return `du ${profile.nom}`;
  if (profile.article === "les") return `des ${profile.nom}`;
  return `de ${communeName(profile)}`;
}

/** « Jean-Pierre LEMAIRE »: the name as acts print it; empty when the profile does not know it. */
export const eluName = (elu: Pick<EluProfile, "prenom" | "nom">): string =>
  [elu.prenom.trim(), elu.nom.trim().toLocaleUpperCase("fr")].filter(Boolean).join(" ");

/** « Le Maire » / « La Maire ». */
export const maireTitle = (profile: Pick<CommuneProfile, "maire">): string =>
  profile.maire.genre === "f" ? "La Maire" : "Le Maire";
