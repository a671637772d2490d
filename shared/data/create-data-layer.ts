import type { DataConfig, GraphModeConfig } from "./auth/config";
import { ServedLocalTokens } from "./auth/local-token-provider";
import type { ScopedTokenProvider } from "./auth/msal-token-provider";
import { createGraphClient } from "./graph/create-graph-client";
import type { GraphConnection } from "./graph/create-graph-client";
import { createRepositories } from "./graph/repositories";
import type { Repositories } from "./graph/repositories";

/** Tokens through a dialog the host opens, where the host cannot do nested app authentication (see office-sign-in). */
export type DialogSignIn = (config: GraphModeConfig) => ScopedTokenProvider;

/** The signed-in user's tokens inside Teams or Office. MSAL comes in its own chunk: the preview never pays for it. */
export async function hostTokenProvider(
  config: GraphModeConfig,
  loginHint?: () => Promise<string | undefined>,
  dialog?: DialogSignIn,
): Promise<ScopedTokenProvider> {
  if (dialog) {
    // Signed in at once: closing the dialog is then reported by whoever connects, in its French words.
    const provider = dialog(config);
    await provider.getToken();
    return provider;
  }
  const { createMsalTokenProvider } = await import("./auth/msal-token-provider");
  return createMsalTokenProvider(config, { nested: true, ...(loginHint ? { loginHint } : {}) });
}

/** The Graph connection to the embedded store or the tenant, and the site the suite's lists and library are on. */
export async function createDataConnection(
  config: DataConfig,
  loginHint?: () => Promise<string | undefined>,
  dialog?: DialogSignIn,
): Promise<{ readonly connection: GraphConnection; readonly siteId: string }> {
  // On the embedded store, the preview's default person (the first secretary), signed by the app server.
  const tokenProvider =
    config.mode === "local"
      ? new ServedLocalTokens(new URL(config.graphBaseUrl).origin, undefined)
      : await hostTokenProvider(config, loginHint, dialog);
  return { connection: createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider }), siteId: config.siteId };
}

/** The repositories of every list, against the embedded store or the tenant's SharePoint site (Teams tab, Word pane). */
export async function createDataLayer(
  config: DataConfig,
  loginHint?: () => Promise<string | undefined>,
  dialog?: DialogSignIn,
): Promise<Repositories> {
  const { connection, siteId } = await createDataConnection(config, loginHint, dialog);
  return createRepositories(connection, siteId);
}
