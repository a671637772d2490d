import type { CommuneProfile } from "@shared/domain/commune/profile";
import { communeDe } from "./commune-name";

/** The commune's letterhead: « Commune des Essarts-le-Bas », then the lines the profile gives (address, e-mail). */
export function letterheadOf(profile: CommuneProfile): string[] {
  return [profile.nom.trim() ? `Commune ${communeDe(profile)}` : "Commune", ...profile.enTete];
}
