import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { silentLogger } from "../graph/logger";
import type { GraphModeConfig } from "./config";
import type { DialogMessage } from "./dialog-messages";
import { msalConfiguration } from "./msal-token-provider";

/** A scope name as Entra writes them (Sites.ReadWrite.All, https://x.sharepoint.com/AllSites.Read): no spaces. */
const SCOPE = /^[\w.:/-]{1,200}$/;
const MAX_SCOPES = 10;

/** The scopes the pane asked for in the dialog's URL, when they are scope names; else none. */
export function scopesOf(search: string): string[] | undefined {
  const scopes = new URLSearchParams(search).get("scopes")?.split(" ").filter(Boolean) ?? [];
  return scopes.length > 0 && scopes.length <= MAX_SCOPES && scopes.every((s) => SCOPE.test(s)) ? scopes : undefined;
}

/**
 * The sign-in dialog page, where Office's dialog API opens it (a window of its own, where a redirect works):
 * MSAL signs in by redirect to this same page (register it as a redirect URI of the app in Entra), then the token
 * goes back to the pane. Any failure goes back too, in French: the pane never waits for a dialog that will not answer.
 */
export async function runSignInDialog(
  config: GraphModeConfig,
  page: { readonly search: string; readonly url: string },
  messageParent: (message: DialogMessage) => void,
): Promise<void> {
  const base = msalConfiguration(config, silentLogger);
  try {
    const pca = await createStandardPublicClientApplication({
      ...base,
      auth: { ...base.auth, redirectUri: page.url.split(/[?#]/)[0] ?? page.url },
      cache: { cacheLocation: "sessionStorage" },
    });
    const result = await pca.handleRedirectPromise();
    if (result) {
      messageParent({
        type: "token",
        accessToken: result.accessToken,
        expiresOn: result.expiresOn?.getTime() ?? Date.now() + 5 * 60_000,
        ...(result.account.idTokenClaims?.oid ? { oid: result.account.idTokenClaims.oid } : {}),
        username: result.account.username,
      });
      return;
    }
    const scopes = scopesOf(page.search) ?? [...config.scopes];
    const loginHint = new URLSearchParams(page.search).get("loginHint") ?? undefined;
    await pca.acquireTokenRedirect({ scopes, ...(loginHint ? { loginHint } : {}) });
  } catch {
    messageParent({ type: "error", message: "La connexion à Microsoft 365 a échoué dans la fenêtre de connexion." });
  }
}
