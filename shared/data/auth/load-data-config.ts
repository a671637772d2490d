import { LOCAL_SITE_ID } from "../local-site";
import { parseDataConfig } from "./config";
import type { DataConfig } from "./config";

/**
 * How a page reaches its data. In the preview and under `npm start` the embedded store answers on the page's own
 * origin (`/v1.0`, forwarded by the app server), which knows the caller by a `local.<e-mail>` token (see
 * local-store/caller.ts). Inside Teams or Office (`inHost`), a
 * `/config.json` next to the page names the tenant's app registration and SharePoint site (format:
 * shared/data/README.md, without "mode"):
 *
 *   { "tenantId": "…", "clientId": "…", "siteId": "contoso.sharepoint.com,<site guid>,<web guid>",
 *     "scopes": ["Sites.Selected"] }
 *
 * Without that file the page uses the same-origin store, which is what a sideloaded development build wants; a file
 * that is present but wrong is an error shown in French, never a silent fallback.
 */
export async function loadDataConfig(
  origin: string,
  inHost: boolean,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<DataConfig> {
  const local: DataConfig = { mode: "local", graphBaseUrl: `${origin}/v1.0`, siteId: LOCAL_SITE_ID };
  if (!inHost) return local;
  const json = await fetchJson(`${origin}/config.json`).catch(() => undefined);
  if (typeof json !== "object" || json === null) return local;
  return parseDataConfig({ ...json, mode: "graph" });
}
