import type { MembreRecord } from "../app/data/ports";

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

/** A person as a token or an item's `createdBy.user` names them: the Entra `oid`, and a mail or UPN. */
export interface Person {
  readonly id?: string;
  readonly email?: string;
}

const GUEST_UPN = /^(.+)_([^_@]+)#EXT#@[^@]+$/i;

/**
 * The mail behind a UPN: a guest's UPN is their mail with « @ » written « _ », then « #EXT#@ » and the host tenant
 * (marie.durand_gmail.com#EXT#@commune.onmicrosoft.com is marie.durand@gmail.com); anyone else's is taken as is.
 */
export function mailOfUpn(upn: string): string {
  const trimmed = upn.trim().toLowerCase();
  const guest = GUEST_UPN.exec(trimmed);
  return guest ? `${guest[1] ?? ""}@${guest[2] ?? ""}` : trimmed;
}

/**
 * Whether a membre entry is this person: by `oid` once it is recorded on the entry (a changed mail or UPN does not
 * matter then), else by the entry's e-mail against the person's mail or UPN, a guest's UPN read as their mail.
 */
export function isPerson(membre: MembreRecord, person: Person): boolean {
  if (membre.oid && person.id) return membre.oid === person.id;
  const mail = membre.email?.trim().toLowerCase();
  return mail !== undefined && mail !== "" && person.email !== undefined && mailOfUpn(person.email) === mail;
}

/** The signed-in user; secretary wins over référent over élu when listed several ways. */
export function identityOfPerson(person: Person, membres: readonly MembreRecord[]): Identity | undefined {
  const mine = membres.filter((m) => isPerson(m, person));
  const rank: Readonly<Record<Role, number>> = { secretaire: 0, referent: 1, elu: 2 };
  const first = [...mine].sort((a, b) => rank[a.role] - rank[b.role])[0];
  return first ? identityOf(first, membres) : undefined;
}

/** The signed-in user found by e-mail alone (the preview, or a host that gives no oid). */
export const identityByEmail = (email: string, membres: readonly MembreRecord[]): Identity | undefined =>
  identityOfPerson({ email }, membres);

/**
 * The entries to record the person's oid on, at their first sign-in: those found by mail that hold no oid yet.
 * An entry that holds another oid is someone else's mailbox reused: it is left alone.
 */
export const entriesAwaitingOid = (person: Person, membres: readonly MembreRecord[]): MembreRecord[] =>
  person.id === undefined ? [] : membres.filter((m) => !m.oid && isPerson(m, { email: person.email }));

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
