/** Population thresholds of the CGCT that change a commune's obligations (population totale). */

/** L2121-11 / L2121-12 (délai 3 ou 5 jours francs, note de synthèse), L2312-1 (DOB), L2131-1 IV (choix de publicité). */
export const SEUIL_3500 = 3500;

/** L2121-8 (règlement intérieur) and L2121-9 (réunion à la demande du tiers) since 1 March 2020; 3 500 before. */
export const SEUIL_1000 = 1000;
export const SEUIL_1000_FROM = "2020-03-01";

/** The threshold of L2121-8 / L2121-9 in force on `date`. */
export function reglementInterieurThreshold(date: string): number {
  return date >= SEUIL_1000_FROM ? SEUIL_1000 : SEUIL_3500;
}

/**
 * COVID derogations for local assemblies (quorum of one third counting proxies, two proxies, remote sessions):
 * lois 2020-290, 2020-1379, 2021-160, 2022-46. The exact bounds are unverified (reference §G): treat as indicative.
 */
export const COVID_DEROGATIONS = { from: "2020-03-24", until: "2022-07-31" } as const;

export function inCovidWindow(date: string): boolean {
  return date >= COVID_DEROGATIONS.from && date <= COVID_DEROGATIONS.until;
}

/** Ordonnance 2021-1310 / décret 2021-1311: PV, liste des délibérations, publicité électronique. */
export const PUBLICITY_REFORM_FROM = "2022-07-01";

/** Loi 2019-1461: convocation dématérialisée by default. */
export const DEMATERIALISED_CONVOCATION_FROM = "2019-12-29";

/** Départements of the Alsace-Moselle local law regime (CGCT L2541-1 s.). */
export const ALSACE_MOSELLE = ["57", "67", "68"] as const;

export function isAlsaceMoselle(departement: string | undefined): boolean {
  return departement !== undefined && (ALSACE_MOSELLE as readonly string[]).includes(departement.trim().toUpperCase());
}
