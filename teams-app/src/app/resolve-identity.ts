import { identityOf, identityOfPerson } from "../common/identity";
import type { Identity, Person } from "../common/identity";
import type { MembreRecord } from "./data/ports";

/** The token's oid and UPN once signed in (the directory's read needed a token), else the host's UPN alone. */
export function signedInPerson(
  signedIn: (() => Person | undefined) | undefined,
  userEmail: string | undefined,
): Person | undefined {
  return signedIn?.() ?? (userEmail ? { email: userEmail } : undefined);
}

/**
 * Who the tab acts as: the membre « Voir comme » chose, in the preview, whoever is signed in then; else the signed-in
 * person, found by oid then e-mail. Undefined when that membre or person is not in the list.
 */
export function resolveIdentity(
  viewAsId: string | undefined,
  person: Person | undefined,
  membres: readonly MembreRecord[],
): Identity | undefined {
  if (viewAsId !== undefined) {
    const chosen = membres.find((m) => m.id === viewAsId);
    return chosen ? identityOf(chosen, membres) : undefined;
  }
  return person ? identityOfPerson(person, membres) : undefined;
}
