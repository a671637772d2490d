import { z } from "zod";
import { membres, ROLES } from "@shared/data/schema";
import { fail } from "./http";
import type { StoreResponse } from "./http";
import type { LocalTokens } from "./local-tokens";
import type { StoredUser, StoreState } from "./model";

export type Role = (typeof ROLES)[number];

/** One line of the membres list: the caller holds `role` in `commune`. */
export interface MemberEntry {
  readonly id: string;
  readonly role: Role;
  readonly commune: string;
}

/** Who sends a request: the site's owner (the developer on their machine) or a membre, by their entries. */
export type Caller =
  | { readonly kind: "admin" }
  | { readonly kind: "membre"; readonly email: string; readonly entries: readonly MemberEntry[] };

export const ADMIN: Caller = { kind: "admin" };

const BEARER = /^Bearer\s+(\S+)$/;
const ROLE = membres.columns.role.name;
const EMAIL = membres.columns.email.name;
const COMMUNE = `${membres.columns.commune.name}LookupId`;
const NAME = membres.columns.nom.name;
const OID = membres.columns.oid.name;
const entryFields = z.object({ role: z.enum(ROLES), commune: z.string().min(1) });

/** Every entry of the membres list with this e-mail: a person serving two communes is listed twice with it. */
export function entriesOf(state: StoreState, email: string): MemberEntry[] {
  const items = state.findList(membres.displayName)?.items.values() ?? [];
  return [...items].flatMap((item) => {
    const stored = item.fields[EMAIL];
    if (typeof stored !== "string" || stored.trim().toLowerCase() !== email) return [];
    // An entry another tool wrote with an unknown role or no commune grants nothing.
    const parsed = entryFields.safeParse({ role: item.fields[ROLE], commune: item.fields[COMMUNE] });
    return parsed.success ? [{ id: item.id, ...parsed.data }] : [];
  });
}

/**
 * The caller of an HTTP request, from its Authorization header: a token this store signed (see local-tokens.ts),
 * never a claim. Without a header the store answers 401 as Graph does, unless it was started without
 * authentication (`requireToken: false`), where the caller is the owner. A token it did not sign, altered or
 * expired, is refused (401), and so is an e-mail absent from the membres list (403): nothing unrecognised ever gets
 * more than nothing.
 */
export function resolveCaller(
  state: StoreState,
  authorization: string | undefined,
  requireToken: boolean,
  tokens: LocalTokens,
): Caller | StoreResponse {
  if (authorization === undefined || authorization.trim() === "") {
    return requireToken ? fail(401, "InvalidAuthenticationToken", "Access token is empty.") : ADMIN;
  }
  const subject = tokens.verify(BEARER.exec(authorization.trim())?.[1] ?? "");
  if (!subject) {
    return fail(
      401,
      "InvalidAuthenticationToken",
      "Jeton non reconnu par le stockage local : il n'a pas été signé par ce stockage, ou il a expiré. Rechargez la page.",
    );
  }
  if (subject.kind === "admin") return ADMIN;
  const entries = entriesOf(state, subject.email);
  if (entries.length === 0) {
    return fail(
      403,
      "accessDenied",
      `Le compte ${subject.email} ne figure pas dans la liste des membres : demandez au secrétariat de vous y inscrire.`,
    );
  }
  return { kind: "membre", email: subject.email, entries };
}

/** The caller as an item's `createdBy.user` names them: SharePoint takes it from the token, never from the body. */
export function userOf(state: StoreState, caller: Caller): StoredUser {
  if (caller.kind === "admin") return { displayName: "Propriétaire du site" };
  const items = state.findList(membres.displayName)?.items;
  const entry = caller.entries.map((e) => items?.get(e.id)).find((item) => item !== undefined);
  const name = entry?.fields[NAME];
  const oid = entry?.fields[OID];
  return {
    displayName: typeof name === "string" ? name : caller.email,
    email: caller.email,
    ...(typeof oid === "string" && oid !== "" ? { id: oid } : {}),
  };
}
