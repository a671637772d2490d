import { GROUP_TITLES, LIST_POLICY, listPermissionCalls, ROLE_TYPE } from "@shared/data/auth/permission-policy";
import type { Group, Level, ListPolicy, RestCall } from "@shared/data/auth/permission-policy";
import { LISTS } from "@shared/data/schema";

/** One SharePoint REST answer (odata=nometadata). */
export interface RestAnswer {
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
}

export type RestSender = (call: RestCall) => Promise<RestAnswer>;

/**
 * SharePoint's REST API on one site, with a SharePoint token (audience https://<tenant>.sharepoint.com: a Graph
 * token is refused there). With OAuth no request digest is needed; MERGE goes as POST with X-HTTP-Method.
 */
export function sharePointRest(siteUrl: string, token: string, fetchImpl: typeof fetch = fetch): RestSender {
  const base = siteUrl.replace(/\/+$/, "");
  return async (call) => {
    const response = await fetchImpl(`${base}${call.path}`, {
      method: call.method === "MERGE" ? "POST" : call.method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: "application/json;odata=nometadata",
        ...(call.body ? { "Content-Type": "application/json;odata=verbose" } : {}),
        ...(call.method === "MERGE" ? { "X-HTTP-Method": "MERGE", "IF-MATCH": "*" } : {}),
      },
      ...(call.body ? { body: JSON.stringify(call.body) } : {}),
    });
    const text = await response.text();
    let body: Record<string, unknown> | undefined;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  };
}

export type SiteKind = "commune" | "network";

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

async function required(send: RestSender, call: RestCall): Promise<RestAnswer> {
  const answer = await send(call);
  if (answer.status >= 300)
    throw new Error(`SharePoint a refusé ${call.method} ${call.path.split("?")[0] ?? ""} (${answer.status}).`);
  return answer;
}

const groupsOf = (kind: SiteKind): Group[] =>
  kind === "commune" ? ["secretariat", "elus"] : ["secretariat", "referents"];

/** The lists of a site of this kind, with their policy. */
function policiesOf(kind: SiteKind): [string, ListPolicy][] {
  return LISTS.flatMap((list) => {
    const policy = LIST_POLICY[list.key];
    return policy?.site === kind ? [[list.displayName, policy] as [string, ListPolicy]] : [];
  });
}

/** Creates the site's groups when missing, then gives every list of the site the permissions of the policy. */
export async function applyPermissions(send: RestSender, kind: SiteKind, out: (line: string) => void): Promise<void> {
  const groupIds = {} as Record<Group, number>;
  for (const group of groupsOf(kind)) {
    const title = GROUP_TITLES[group];
    let found = await send({ method: "GET", path: `/_api/web/sitegroups/getbyname(${quoted(title)})?$select=Id` });
    if (found.status === 404) {
      found = await required(send, {
        method: "POST",
        path: "/_api/web/sitegroups",
        body: { __metadata: { type: "SP.Group" }, Title: title },
      });
      out(`Groupe « ${title} » créé.`);
    } else if (found.status >= 300) throw new Error(`Groupe « ${title} » illisible (${found.status}).`);
    groupIds[group] = Number(found.body?.Id);
  }
  const roleIds = {} as Record<Level, number>;
  for (const [level, type] of Object.entries(ROLE_TYPE) as [Level, number][]) {
    const role = await required(send, {
      method: "GET",
      path: `/_api/web/roledefinitions/getbytype(${type})?$select=Id`,
    });
    roleIds[level] = Number(role.body?.Id);
  }
  for (const [title, policy] of policiesOf(kind)) {
    for (const call of listPermissionCalls(title, policy, groupIds, roleIds)) await required(send, call);
    out(`Permissions de « ${title} » appliquées.`);
  }
}

const ROLE_NAMES: Readonly<Record<number, Level>> = { 2: "read", 3: "contribute", 6: "edit" };

/** Reads back each list's permissions and item-level setting; says what differs from the policy, in French. */
export async function auditPermissions(send: RestSender, kind: SiteKind): Promise<string[]> {
  const gaps: string[] = [];
  for (const [title, policy] of policiesOf(kind)) {
    const list = `/_api/web/lists/getbytitle(${quoted(title)})`;
    const settings = await send({ method: "GET", path: `${list}?$select=HasUniqueRoleAssignments,WriteSecurity` });
    if (settings.status >= 300) {
      gaps.push(`« ${title} » : permissions illisibles (${settings.status}).`);
      continue;
    }
    if (settings.body?.HasUniqueRoleAssignments !== true) gaps.push(`« ${title} » : hérite des permissions du site.`);
    if (policy.ownItemsOnly && settings.body?.WriteSecurity !== 2)
      gaps.push(`« ${title} » : chacun peut modifier les éléments des autres (WriteSecurity ≠ 2).`);
    const assignments = await send({
      method: "GET",
      path: `${list}/roleassignments?$expand=Member,RoleDefinitionBindings&$select=Member/Title,RoleDefinitionBindings/RoleTypeKind`,
    });
    const actual = new Map<string, Level | undefined>();
    for (const entry of (assignments.body?.value as
      { Member?: { Title?: string }; RoleDefinitionBindings?: { RoleTypeKind?: number }[] }[] | undefined) ?? [])
      actual.set(entry.Member?.Title ?? "?", ROLE_NAMES[entry.RoleDefinitionBindings?.[0]?.RoleTypeKind ?? 0]);
    const wanted = new Map(
      (Object.entries(policy.grants) as [Group, Level][]).map(([group, level]) => [GROUP_TITLES[group], level]),
    );
    for (const [group, level] of wanted)
      if (actual.get(group) !== level)
        gaps.push(`« ${title} » : ${group} devrait avoir « ${level} » (a « ${actual.get(group) ?? "rien"} »).`);
    for (const [who, level] of actual)
      if (!wanted.has(who)) gaps.push(`« ${title} » : ${who} a « ${level ?? "?"} » sans que la politique le prévoie.`);
  }
  return gaps;
}
