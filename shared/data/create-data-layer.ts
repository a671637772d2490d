import type { DataConfig } from "./auth/config";
import { LocalTokenProvider } from "./auth/local-token-provider";
import { createGraphClient } from "./graph/create-graph-client";
import { createRepositories } from "./graph/repositories";
import type { Repositories } from "./graph/repositories";

/** The repositories of every list, against the embedded store or the tenant's SharePoint site (Teams tab, Word pane). */
export async function createDataLayer(config: DataConfig): Promise<Repositories> {
  if (config.mode === "local") {
    return createRepositories(createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider: new LocalTokenProvider() }), config.siteId);
  }
  // MSAL is loaded only inside a host, in its own chunk: the preview never pays for it.
  const { createMsalTokenProvider } = await import("./auth/msal-token-provider");
  const tokenProvider = await createMsalTokenProvider(config, { nested: true });
  return createRepositories(createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider }), config.siteId);
}
