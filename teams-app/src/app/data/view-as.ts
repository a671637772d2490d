import { LOCAL_AUTH_PATH } from "@shared/data/auth/local-token-provider";
import type { ServedLocalTokens } from "@shared/data/auth/local-token-provider";
import type { ParseResult } from "@shared/data/schema";
import type { MembreRecord } from "./ports";

/**
 * The preview's "Voir comme": the page's requests carry a token the app server signed for the chosen membre, so the
 * embedded store grants and refuses exactly what it would grant and refuse that person. The page never holds the
 * site owner's token.
 */
export interface ViewAs {
  /** Every membre the switcher offers, listed by the app server (the person being viewed may not see everyone). */
  everyone(): Promise<ParseResult<MembreRecord>>;
  /** From now on, the page's requests act as the membre with this e-mail. */
  actAs(email: string): void;
}

export function localViewAs(origin: string, pageTokens: ServedLocalTokens): ViewAs {
  return {
    async everyone() {
      const response = await fetch(`${origin}${LOCAL_AUTH_PATH}/people`, { cache: "no-store" });
      if (!response.ok) throw new Error(`La liste des membres est indisponible (${response.status}).`);
      return (await response.json()) as ParseResult<MembreRecord>;
    },
    actAs: (email) => pageTokens.actAs(email),
  };
}
