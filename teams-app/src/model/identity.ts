import type { MembreRecord } from "../data/ports";

export type Role = MembreRecord["role"];

/** Who uses the tab: one person, possibly listed once per commune they serve. */
export interface Identity {
  readonly nom: string;
  readonly role: Role;
  /** Their entries in the membres list, one a commune. */
  readonly membres: readonly MembreRecord[];
  readonly communeIds: readonly string[];
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  secretaire: "Secrétaire",
  elu: "Élu",
  referent: "Référent du réseau",
};

/** The identity of a membre entry: every entry with the same name and role is the same person. */
export function identityOf(membre: MembreRecord, membres: readonly MembreRecord[]): Identity {
  const same = membres.filter((m) => m.nom === membre.nom && m.role === membre.role);
  return { nom: membre.nom, role: membre.role, membres: same, communeIds: [...new Set(same.map((m) => m.commune))] };
}

/** The signed-in Teams user, found by e-mail; secretary wins over référent over élu when listed several ways. */
export function identityByEmail(email: string, membres: readonly MembreRecord[]): Identity | undefined {
  const wanted = email.trim().toLowerCase();
  const mine = membres.filter((m) => m.email?.trim().toLowerCase() === wanted);
  const rank: Readonly<Record<Role, number>> = { secretaire: 0, referent: 1, elu: 2 };
  const first = [...mine].sort((a, b) => rank[a.role] - rank[b.role])[0];
  return first ? identityOf(first, membres) : undefined;
}

/** One entry per person and role, for the preview's "Voir comme" switcher. */
export function people(membres: readonly MembreRecord[]): MembreRecord[] {
  const seen = new Set<string>();
  return membres.filter((m) => {
    const key = `${m.role}:${m.nom}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Only the secretary prepares séances; élus review, the référent validates the network's clauses. */
export const canEditSeance = (identity: Identity): boolean => identity.role === "secretaire";
export const canValidateClauses = (identity: Identity): boolean => identity.role === "referent";
