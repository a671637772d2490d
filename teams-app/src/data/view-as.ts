import { LOCAL_ADMIN_TOKEN, LocalTokenProvider } from "../../../shared/data/auth/local-token-provider";
import { createGraphClient } from "../../../shared/data/graph/create-graph-client";
import { createRepositories } from "../../../shared/data/graph/repositories";
import type { ParseResult } from "../../../shared/data/schema";
import type { MembreRecord } from "./ports";

/**
 * The preview's "Voir comme": the page's requests carry the chosen membre's identity, so the embedded store grants
 * and refuses exactly what it would grant and refuse that person.
 */
export interface ViewAs {
  /** Every membre, read as the site's owner: the person being viewed may not see everyone the switcher offers. */
  everyone(): Promise<ParseResult<MembreRecord>>;
  /** From now on, the page's requests act as the membre with this e-mail. */
  actAs(email: string): void;
}

export function localViewAs(baseUrl: string, siteId: string, pageTokens: LocalTokenProvider): ViewAs {
  const owner = createRepositories(
    createGraphClient({ baseUrl, tokenProvider: new LocalTokenProvider(LOCAL_ADMIN_TOKEN) }),
    siteId,
  );
  return { everyone: () => owner.membres.items(), actAs: (email) => pageTokens.actAs(email) };
}
