import type { Identity } from "../common/identity";
import type { MembreRecord } from "./data/ports";
import { useRecordedOid } from "./recorded-oid";
import { resolveIdentity, signedInPerson } from "./resolve-identity";
import { useServices } from "./services";

/**
 * Who the tab acts as (`resolveIdentity`); the signed-in person's oid is recorded on their entries on the way, never
 * that of a membre « Voir comme » chose.
 */
export function useIdentity(viewAsId: string | undefined, membres: readonly MembreRecord[]): Identity | undefined {
  const { userEmail, signedIn } = useServices();
  const person = signedInPerson(signedIn, userEmail);
  useRecordedOid(viewAsId === undefined ? person : undefined, membres);
  return resolveIdentity(viewAsId, person, membres);
}
