/** The one site of the embedded store, answering like a SharePoint site at http://localhost/sites/mairie. */
export const LOCAL_SITE = {
  id: "localhost,5d2c7a1e-3b1f-4c8e-9a57-1f0b6e2d4c11,0e8f6a3b-7c2d-4e19-b5a4-92c1d3e7f806",
  hostname: "localhost",
  path: "/sites/mairie",
} as const;

export const LOCAL_SITE_ID = LOCAL_SITE.id;

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
