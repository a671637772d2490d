import type { DataConfig } from "../../../shared/data/auth/config";
import { LocalTokenProvider } from "../../../shared/data/auth/local-token-provider";
import { createGraphClient } from "../../../shared/data/graph/create-graph-client";
import { createRepositories } from "../../../shared/data/graph/repositories";
import type { TeamsData } from "./ports";

/** The repositories of every list, against the embedded store or the tenant's SharePoint site. */
export async function createTeamsData(config: DataConfig): Promise<TeamsData> {
  if (config.mode === "local") {
    return createRepositories(createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider: new LocalTokenProvider() }), config.siteId);
  }
  // MSAL is loaded only inside Teams, in its own chunk: the preview never pays for it.
  const { createMsalTokenProvider } = await import("../../../shared/data/auth/msal-token-provider");
  const tokenProvider = await createMsalTokenProvider(config, { nested: true });
  return createRepositories(createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider }), config.siteId);
}
