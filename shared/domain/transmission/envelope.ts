/**
 * The @CTES envelope's limits, as the tiers de télétransmission enforce them. Source: Libriciel's Pastell, the
 * platform that feeds S²LOW (github.com/libriciel/pastell, module/actes-generique/definition.yml):
 * `numero_de_lacte` « 15 caractères maximum (chiffres, lettres en majuscule ou _) », `objet` `^.{1,499}$` « sans
 * retour chariot », `arrete` « format PDF », `threshold_size: 157286400` with « la taille totale des documents
 * acte + annexes ne peut pas dépasser 150 Mo ». The minimum of 2 characters is the one the issue and S²LOW's own
 * form state (`^[0-9A-Z_]{2,15}$`); Pastell alone accepts 1, so 2 is the one every tiers takes.
 */
export const NUMERO_PATTERN = /^[0-9A-Z_]{2,15}$/;
export const OBJET_MAX = 499;
export const DOSSIER_MAX_BYTES = 150 * 1024 * 1024;
export const ENVELOPE_REF = "CGCT R2131-1 à R2131-4, cahier des charges @CTES";

/**
 * What a numéro becomes once written as @CTES wants it: capitals without accents, « _ » for any other sign.
 * Offered to the secretary, never applied silently (the registre keeps the act's own numéro).
 */
export function envelopeNumero(numero: string): string {
  return numero
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^0-9A-Z]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 15);
}

/** « 1,5 Mo », as the secretary reads a size. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "Ko"] : [bytes / (1024 * 1024), "Mo"];
  return `${value.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} ${unit}`;
}

/** « %PDF- »: the first bytes of every PDF file (ISO 32000-1, 7.5.2). */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  return [0x25, 0x50, 0x44, 0x46, 0x2d].every((byte, i) => bytes[i] === byte);
}

/**
 * The next numéro of the year in the envelope's form, « 2026_007 »: after the highest of that year among the
 * commune's acts (written « 2026_006 » or « 2026-006 »), so that the suite never proposes one already taken.
 */
export function proposeNumero(year: number, existing: readonly string[]): string {
  const pattern = new RegExp(`^${year}[-_/ ](\\d{1,6})$`);
  const highest = Math.max(0, ...existing.map((n) => Number(pattern.exec(n.trim())?.[1] ?? 0)));
  return `${year}_${String(highest + 1).padStart(3, "0")}`;
}
