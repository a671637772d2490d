/** The one thing the Graph client needs from authentication: a bearer token for the Graph scopes. */
export interface TokenProvider {
  getToken(): Promise<string>;
}
