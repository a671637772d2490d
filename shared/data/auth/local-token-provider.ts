import type { TokenProvider } from "./token-provider";

/**
 * The embedded store reads the caller from the bearer token, as Graph does: `local.<e-mail>` acts as the membre
 * listed with that e-mail, `local.admin` as the developer owning the site on their own machine (provisioning,
 * seeding, tests). Any other token is refused by the store.
 */
export const LOCAL_TOKEN_PREFIX = "local.";
export const LOCAL_ADMIN_TOKEN = `${LOCAL_TOKEN_PREFIX}admin`;

export const localTokenFor = (email: string): string => `${LOCAL_TOKEN_PREFIX}${email.trim().toLowerCase()}`;

export class LocalTokenProvider implements TokenProvider {
  constructor(private token = LOCAL_ADMIN_TOKEN) {}

  /** The preview's "Voir comme": the next requests act as the membre with this e-mail. */
  actAs(email: string): void {
    this.token = localTokenFor(email);
  }

  getToken(): Promise<string> {
    return Promise.resolve(this.token);
  }
}
