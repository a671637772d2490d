import { z } from "zod";
import { LOCAL_ADMIN_TOKEN, LOCAL_TOKEN_PREFIX } from "../auth/local-token-provider";
import { membres, ROLES } from "../schema";
import { fail } from "./http";
import type { StoreResponse } from "./http";
import type { StoreState } from "./model";

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
const localEmail = z.string().trim().toLowerCase().email();
const ROLE = membres.columns.role.name;
const EMAIL = membres.columns.email.name;
const COMMUNE = `${membres.columns.commune.name}LookupId`;
const entryFields = z.object({ role: z.enum(ROLES), commune: z.string().min(1) });

/** Every entry of the membres list with this e-mail: a person serving two communes is listed twice with it. */
export function entriesOf(state: StoreState, email: string): MemberEntry[] {
  const items = state.findList(membres.displayName)?.items.values() ?? [];
  return [...items].flatMap((item) => {
    if (
      String(item.fields[EMAIL] ?? "")
        .trim()
        .toLowerCase() !== email
    )
      return [];
    // An entry another tool wrote with an unknown role or no commune grants nothing.
    const parsed = entryFields.safeParse({ role: item.fields[ROLE], commune: item.fields[COMMUNE] });
    return parsed.success ? [{ id: item.id, ...parsed.data }] : [];
  });
}

/**
 * The caller of an HTTP request, from its Authorization header. Without a header the store answers 401 as Graph
 * does, unless it was started without authentication (`requireToken: false`), where the caller is the owner.
 * A token of another shape is refused (401), and so is an e-mail absent from the membres list (403): nothing
 * unrecognised ever gets more than nothing.
 */
export function resolveCaller(
  state: StoreState,
  authorization: string | undefined,
  requireToken: boolean,
): Caller | StoreResponse {
  if (authorization === undefined || authorization.trim() === "") {
    return requireToken ? fail(401, "InvalidAuthenticationToken", "Access token is empty.") : ADMIN;
  }
  const token = BEARER.exec(authorization.trim())?.[1] ?? "";
  if (token === LOCAL_ADMIN_TOKEN) return ADMIN;
  const email = token.startsWith(LOCAL_TOKEN_PREFIX)
    ? localEmail.safeParse(token.slice(LOCAL_TOKEN_PREFIX.length))
    : undefined;
  if (!email?.success) {
    return fail(
      401,
      "InvalidAuthenticationToken",
      `Jeton non reconnu par le stockage local : attendu « ${LOCAL_TOKEN_PREFIX}<courriel d'un membre> » ou « ${LOCAL_ADMIN_TOKEN} ».`,
    );
  }
  const entries = entriesOf(state, email.data);
  if (entries.length === 0) {
    return fail(
      403,
      "accessDenied",
      `Le compte ${email.data} ne figure pas dans la liste des membres : demandez au secrétariat de vous y inscrire.`,
    );
  }
  return { kind: "membre", email: email.data, entries };
}
