import type { TokenProvider } from "./token-provider";

/**
 * A token the embedded store signed, handed over as it is: to the developer's own processes (tests, `mairie
 * provision` on their machine) by the store itself (`store.tokens`). Pages never hold such a token for the owner:
 * they get membres' tokens from the app server (ServedLocalTokens).
 */
export class LocalTokenProvider implements TokenProvider {
  constructor(private readonly token: string) {}

  getToken(): Promise<string> {
    return Promise.resolve(this.token);
  }
}

/** Where the app server serves the preview's identities (scripts/server/local-auth.ts). */
export const LOCAL_AUTH_PATH = "/local-auth";

interface Served {
  readonly token: string;
  readonly expiresAt: number;
}

/**
 * The preview's identity on the embedded store: a short-lived token the app server signs for the chosen membre
 * (« Voir comme »), or for the preview's default person (the first secretary) until someone is chosen. Renewed a
 * minute before it expires.
 */
export class ServedLocalTokens implements TokenProvider {
  private served?: Promise<Served>;

  constructor(
    private readonly origin: string,
    private email: string | undefined,
    private readonly now: () => number = Date.now,
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  ) {}

  /** From now on, requests act as the membre with this e-mail. */
  actAs(email: string): void {
    this.email = email;
    this.served = undefined;
  }

  async getToken(): Promise<string> {
    const current = await this.served?.catch(() => undefined);
    if (current && current.expiresAt - 60_000 > this.now()) return current.token;
    this.served = this.fetchToken();
    return (await this.served).token;
  }

  private async fetchToken(): Promise<Served> {
    const query = this.email ? `?email=${encodeURIComponent(this.email)}` : "";
    const response = await this.fetchImpl(`${this.origin}${LOCAL_AUTH_PATH}/token${query}`, { cache: "no-store" });
    // An e-mail the server will not sign for gets no token: the store then answers 401, as to anyone unknown.
    if (!response.ok) return { token: "", expiresAt: 0 };
    return (await response.json()) as Served;
  }
}
