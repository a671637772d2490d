import { LOCAL_SITE } from "@shared/data/local-site";

export { LOCAL_SITE, LOCAL_SITE_ID } from "@shared/data/local-site";

export const siteJson = (): Record<string, unknown> => ({
  id: LOCAL_SITE.id,
  name: "mairie",
  displayName: "Mairie (stockage local)",
  webUrl: `http://${LOCAL_SITE.hostname}${LOCAL_SITE.path}`,
  siteCollection: { hostname: LOCAL_SITE.hostname },
});

/** `root`, the site id, or `{hostname}:{path}` as Graph accepts them. */
export function isLocalSite(reference: string): boolean {
  if (reference === "root" || reference === LOCAL_SITE.id) return true;
  const byPath = /^([^:/]+):(\/.*)$/.exec(reference);
  if (!byPath) return false;
  const [, hostname = "", path = ""] = byPath;
  return (
    ["localhost", "127.0.0.1"].includes(hostname.toLowerCase()) &&
    path.replace(/\/+$/, "").toLowerCase() === LOCAL_SITE.path
  );
}
