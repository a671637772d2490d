/**
 * A plan de comptes (ODM planDeCompte.xml) in the compact form committed under ./data by
 * scripts/gen-nomenclature.ts. One string per chapitre / compte keeps the JSON small and cheap to type-check.
 *   chapitre: "code|section|typeChapitre|special|libellé"
 *   compte:   "code|DR|RR|DOES|ROES|DOIS|ROIS|flags|supprimeDepuis|libellé" with flags L (feuille), D (DEquip), R (REquip),
 *             S (supprimé)
 * Libellés are the plan's own, on one line, without "|", at most COMPTE_LIBELLE_MAX characters.
 */
/** Longer than any official label (161 characters in M57_D 2024): the bound on what a plan file may bring. */
export const COMPTE_LIBELLE_MAX = 200;

export interface CompactPlan {
  readonly norme: string;
  readonly declinaison: string;
  readonly exer: number;
  readonly chapitres: readonly string[];
  readonly comptes: readonly string[];
}

export interface Chapitre {
  readonly code: string;
  readonly section: "F" | "I";
  /** G globalisé, C compte, L ligne sans exécution. */
  readonly type: string;
  readonly libelle: string;
}

/** The chapitre a compte goes to for each kind of movement; "" = movement not allowed on this compte. */
export interface Compte {
  readonly code: string;
  readonly DR: string;
  readonly RR: string;
  readonly DOES: string;
  readonly ROES: string;
  readonly DOIS: string;
  readonly ROIS: string;
  readonly feuille: boolean;
  readonly dEquip: boolean;
  readonly rEquip: boolean;
  readonly supprime: boolean;
  readonly supprimeDepuis?: string;
  /** The official label; absent when the plan gives none. */
  readonly libelle?: string;
}

export interface PlanDeComptes {
  readonly norme: string;
  readonly declinaison: string;
  readonly exer: number;
  readonly chapitres: ReadonlyMap<string, Chapitre>;
  readonly comptes: ReadonlyMap<string, Compte>;
}

export function expandPlan(compact: CompactPlan): PlanDeComptes {
  const chapitres = new Map<string, Chapitre>();
  for (const row of compact.chapitres) {
    const [code = "", section = "", type = "", , libelle = ""] = row.split("|");
    chapitres.set(code, { code, section: section === "I" ? "I" : "F", type, libelle });
  }
  const comptes = new Map<string, Compte>();
  for (const row of compact.comptes) {
    const [
      code = "",
      DR = "",
      RR = "",
      DOES = "",
      ROES = "",
      DOIS = "",
      ROIS = "",
      flags = "",
      depuis = "",
      libelle = "",
    ] = row.split("|");
    comptes.set(code, {
      code,
      DR,
      RR,
      DOES,
      ROES,
      DOIS,
      ROIS,
      feuille: flags.includes("L"),
      dEquip: flags.includes("D"),
      rEquip: flags.includes("R"),
      supprime: flags.includes("S"),
      ...(depuis ? { supprimeDepuis: depuis } : {}),
      ...(libelle ? { libelle } : {}),
    });
  }
  return { norme: compact.norme, declinaison: compact.declinaison, exer: compact.exer, chapitres, comptes };
}
