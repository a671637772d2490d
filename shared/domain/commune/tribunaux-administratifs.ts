import { deNom } from "./commune-name";

/**
 * The tribunal administratif of each département (code de justice administrative, R221-3), as data: when a ressort
 * changes, this table is edited, and a commune whose case differs writes its tribunal in its profile instead.
 */
const RESSORTS: Readonly<Record<string, readonly string[]>> = {
  Amiens: ["02", "60", "80"],
  Bastia: ["2B"],
  Besançon: ["25", "39", "70", "90"],
  Bordeaux: ["24", "33", "47"],
  Caen: ["14", "50", "61"],
  "Cergy-Pontoise": ["92", "95"],
  "Châlons-en-Champagne": ["08", "10", "51", "52"],
  "Clermont-Ferrand": ["03", "15", "43", "63"],
  Dijon: ["21", "58", "71", "89"],
  Grenoble: ["26", "38", "73", "74"],
  Lille: ["59", "62"],
  Limoges: ["19", "23", "36", "87"],
  Lyon: ["01", "07", "42", "69"],
  Marseille: ["04", "05", "13"],
  Melun: ["77", "94"],
  Montpellier: ["11", "34", "66"],
  Montreuil: ["93"],
  Nancy: ["54", "55", "88"],
  Nantes: ["44", "49", "53", "72", "85"],
  Nice: ["06"],
  Nîmes: ["30", "48", "84"],
  Orléans: ["18", "28", "37", "41", "45"],
  Paris: ["75"],
  Pau: ["32", "40", "64", "65"],
  Poitiers: ["16", "17", "79", "86"],
  Rennes: ["22", "29", "35", "56"],
  Rouen: ["27", "76"],
  Strasbourg: ["57", "67", "68"],
  Toulon: ["83"],
  Toulouse: ["09", "12", "31", "46", "81", "82"],
  Versailles: ["78", "91"],
  Ajaccio: ["2A"],
};

// Overseas tribunals are named after their territory, with its article.
const OUTRE_MER: Readonly<Record<string, string>> = {
  "971": "Tribunal administratif de la Guadeloupe",
  "972": "Tribunal administratif de la Martinique",
  "973": "Tribunal administratif de la Guyane",
  "974": "Tribunal administratif de La Réunion",
  "975": "Tribunal administratif de Saint-Pierre-et-Miquelon",
  "976": "Tribunal administratif de Mayotte",
};

const BY_DEPARTEMENT: ReadonlyMap<string, string> = new Map([
  ...Object.entries(RESSORTS).flatMap(([seat, codes]) =>
    codes.map((code): [string, string] => [code, `Tribunal administratif ${deNom(seat)}`]),
  ),
  ...Object.entries(OUTRE_MER),
]);

/** « Tribunal administratif de Nantes » for « 49 »; undefined for a code that is no département. */
export function tribunalAdministratifOf(departement: string): string | undefined {
  const code = departement.trim().toUpperCase();
  return BY_DEPARTEMENT.get(/^\d$/.test(code) ? `0${code}` : code);
}
