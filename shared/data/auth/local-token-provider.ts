import type { TokenProvider } from "./token-provider";

/** The embedded store wants a bearer token like Graph does, but accepts any: this one says where it comes from. */
export class LocalTokenProvider implements TokenProvider {
  constructor(private readonly token = "jeton-stockage-local") {}

  getToken(): Promise<string> {
    return Promise.resolve(this.token);
  }
}
