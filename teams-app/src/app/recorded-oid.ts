import { useEffect } from "react";
import type { MembreRecord } from "./data/ports";
import { entriesAwaitingOid } from "../common/identity";
import type { Person } from "../common/identity";
import { useServices } from "./services";

/**
 * At the first sign-in, records the token's `oid` on the person's entries of the membres list, found by mail or UPN:
 * from then on they are found by oid, whatever their mail or UPN becomes. Only entries of communes where the person
 * is secretary are written (SharePoint lets the secretariat alone edit the list); an élu's or a référent's oid is
 * matched by mail until the secretariat records it. Best effort and silent: nothing the user typed is at stake.
 */
export function useRecordedOid(person: Person | undefined, membres: readonly MembreRecord[]): void {
  const { data } = useServices();
  const oid = person?.id;
  const email = person?.email;
  useEffect(() => {
    if (oid === undefined) return;
    const mine = entriesAwaitingOid({ id: oid, ...(email ? { email } : {}) }, membres);
    const served = new Set(mine.filter((m) => m.role === "secretaire").map((m) => m.commune));
    const ops = mine
      .filter((m) => served.has(m.commune))
      .map((m) => ({ kind: "update" as const, id: m.id, eTag: m.eTag, patch: { oid } }));
    if (ops.length > 0) void data.membres.writeMany(ops).catch(() => undefined);
  }, [data, oid, email, membres]);
}
