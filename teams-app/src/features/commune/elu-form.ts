import type { GENRES, MANDATS } from "@shared/data/schema";
import type { MembreRecord } from "../../app/data/ports";

/** An élu's seat as typed in the profile. */
export interface EluForm {
  readonly prenom: string;
  readonly genre: "" | (typeof GENRES)[number];
  readonly mandat: "" | (typeof MANDATS)[number];
  readonly rang: string;
  readonly delegation: string;
}

export const eluFormOf = (m: MembreRecord): EluForm => ({
  prenom: m.prenom ?? "",
  genre: m.genre ?? "",
  mandat: m.mandat ?? "",
  rang: m.rang === undefined ? "" : String(m.rang),
  delegation: m.delegation ?? "",
});

export const eluChanged = (form: EluForm, saved: EluForm): boolean =>
  (Object.keys(form) as (keyof EluForm)[]).some((k) => form[k] !== saved[k]);

/**
 * The fields a mandat calls for beyond prénom, genre and mandat: an adjoint's rang, the delegation of an adjoint or a
 * conseiller délégué.
 */
export const eluFieldsFor = (mandat: EluForm["mandat"]): { readonly rang: boolean; readonly delegation: boolean } => ({
  rang: mandat === "adjoint",
  delegation: mandat === "adjoint" || mandat === "conseiller-delegue",
});

/** The adjoint's rang, one or two digits; undefined when it is not one. */
const rangOf = (form: EluForm): number | undefined => (/^\d{1,2}$/.test(form.rang) ? Number(form.rang) : undefined);

/** The French errors of the row: a rang of 1 to 99, a prénom the élu's name starts with. */
export function eluErrors(form: EluForm, nom: string): { readonly rang?: string; readonly prenom?: string } {
  const rang = rangOf(form);
  const prenom = form.prenom.trim();
  return {
    ...(form.rang !== "" && (rang === undefined || rang < 1) ? { rang: "Un rang de 1 à 99." } : {}),
    ...(prenom !== "" && !nom.startsWith(prenom) ? { prenom: `Le nom « ${nom} » ne commence pas par ce prénom.` } : {}),
  };
}

/** The membre's columns: an emptied field clears its column, and only an adjoint keeps a rang. */
export const eluPatch = (form: EluForm) => ({
  prenom: form.prenom.trim() || undefined,
  genre: form.genre || undefined,
  mandat: form.mandat || undefined,
  rang: eluFieldsFor(form.mandat).rang ? rangOf(form) : undefined,
  delegation: form.delegation.trim() || undefined,
});
