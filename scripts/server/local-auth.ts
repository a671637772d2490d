import type http from "node:http";
import { LOCAL_AUTH_PATH, LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import type { LocalTokens } from "../../local-store";
import { LOCAL_TOKEN_TTL_MS } from "@local-store/local-tokens";
import type { ParseResult, RecordOf, membres } from "@shared/data/schema";

type Membre = RecordOf<typeof membres>;

/** What the app server needs of the embedded store to serve the preview's identities. */
export interface LocalAuthStore {
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly tokens: LocalTokens;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

/**
 * The preview's « Voir comme », on the app server: `GET /local-auth/people` lists the membres (read as the owner,
 * server side), `GET /local-auth/token?email=…` signs a short-lived token for one membre, and without an e-mail for
 * the first secretary. It never signs the owner's token: a page acts as a person, and the store judges that person.
 */
export async function serveLocalAuth(store: LocalAuthStore, url: URL, res: http.ServerResponse): Promise<boolean> {
  if (!url.pathname.startsWith(`${LOCAL_AUTH_PATH}/`)) return false;
  const json = (status: number, body: unknown) =>
    res
      .writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" })
      .end(JSON.stringify(body));
  const people = (): Promise<ParseResult<Membre>> =>
    createRepositories(
      createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(store.tokens.admin()) }),
      store.siteId,
    ).membres.items();
  if (url.pathname === `${LOCAL_AUTH_PATH}/people`) {
    json(200, await people());
    return true;
  }
  if (url.pathname === `${LOCAL_AUTH_PATH}/token`) {
    const asked = url.searchParams.get("email")?.trim().toLowerCase();
    const email = asked ?? firstSecretary((await people()).records);
    if (!email || !EMAIL.test(email)) {
      json(400, { error: { code: "invalidRequest", message: "Courriel attendu." } });
      return true;
    }
    const now = Date.now();
    json(200, { token: store.tokens.forMember(email, now), expiresAt: now + LOCAL_TOKEN_TTL_MS });
    return true;
  }
  json(404, { error: { code: "itemNotFound", message: "Introuvable." } });
  return true;
}

/** The preview's default person, as the « Voir comme » switcher picks it: the first secretary with an e-mail. */
function firstSecretary(records: readonly Membre[]): string | undefined {
  return [...records]
    .sort((a, b) => Number(a.id) - Number(b.id))
    .find((m) => m.role === "secretaire" && m.email)
    ?.email?.toLowerCase();
}
