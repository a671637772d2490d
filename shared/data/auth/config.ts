import { z } from "zod";

/**
 * Delegated scope the apps need: read and write list items on the sites the user can reach. Least privilege
 * alternative: `Sites.Selected` (delegated), where an administrator grants the app access to the mairie's site
 * only (POST /sites/{site-id}/permissions); the user must then also have access to that site. Provisioning lists
 * (`mairie provision`) needs more: `Sites.Manage.All`, or `Sites.Selected` with the `manage` role on the site.
 */
export const DEFAULT_SCOPES: readonly string[] = ["Sites.ReadWrite.All"];

/**
 * Delegated scope of the convocation's Outlook invitation (POST and PATCH /me/events). Asked for only when an
 * invitation is sent, so that a user who never convokes the council is never asked to consent to it.
 */
export const CALENDAR_SCOPES: readonly string[] = ["Calendars.ReadWrite"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
// A Graph site id ("host,collection-guid,web-guid") or a "hostname:/server/relative/path" reference.
const SITE = /^([a-z0-9.-]+,[0-9a-f-]{36},[0-9a-f-]{36}|[a-z0-9.-]+:\/\S*|root)$/i;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

const httpsOrLoopback = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}, "doit être une adresse https (ou http sur la machine locale)");

const local = z.object({
  mode: z.literal("local"),
  graphBaseUrl: httpsOrLoopback,
  siteId: z.string().regex(SITE, "n'est pas un identifiant de site Graph"),
});

const graph = z.object({
  mode: z.literal("graph"),
  tenantId: z
    .string()
    .refine((v) => GUID.test(v) || TENANT_DOMAIN.test(v), "doit être un GUID ou un domaine (contoso.onmicrosoft.com)"),
  clientId: z.string().regex(GUID, "doit être le GUID de l'application inscrite dans Entra ID"),
  siteId: z.string().regex(SITE, "n'est pas un identifiant de site Graph"),
  graphBaseUrl: httpsOrLoopback.default("https://graph.microsoft.com/v1.0"),
  scopes: z
    .array(z.string().min(1))
    .nonempty()
    .default([...DEFAULT_SCOPES] as [string, ...string[]]),
  redirectUri: httpsOrLoopback.optional(),
});

const configSchema = z.discriminatedUnion("mode", [local, graph]);

export type DataConfig = z.infer<typeof configSchema>;
export type GraphModeConfig = Extract<DataConfig, { mode: "graph" }>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Reads the data configuration (from a JSON file or environment, wired by the caller); French errors, field by field. */
export function parseDataConfig(input: unknown): DataConfig {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const field = issue.path.join(".");
    return field === "mode" ? "« mode » doit valoir « local » ou « graph »" : `« ${field} » ${issue.message}`;
  });
  throw new ConfigError(`Configuration des données invalide : ${details.join(" ; ")}.`);
}
