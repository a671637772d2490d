import {
  CLOSED_SEANCE_GRANTS,
  CLOSED_SEANCE_LISTS,
  closedItemCalls,
  GROUP_TITLES,
  LIBRARY_POLICY,
  LIST_POLICY,
  listPermissionCalls,
  ROLE_TYPE,
} from "@shared/data/auth/permission-policy";
import type { Group, Level, ListPolicy, RestCall } from "@shared/data/auth/permission-policy";
import { LISTS, points, seances } from "@shared/data/schema";

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

/** The lists and libraries of a site of this kind, with their policy. */
function policiesOf(kind: SiteKind): [string, ListPolicy][] {
  const lists = LISTS.flatMap((list) => {
    const policy = LIST_POLICY[list.key];
    return policy?.site === kind ? [[list.displayName, policy] as [string, ListPolicy]] : [];
  });
  // A library's permissions are its list's: the same REST calls, by its title.
  return [...lists, ...Object.entries(LIBRARY_POLICY).filter(([, policy]) => policy.site === kind)];
}

const listPath = (title: string) => `/_api/web/lists/getbytitle(${quoted(title)})`;
/** A séance holds fewer items than this in any list; REST's own page limit. */
const TOP = 5000;
/** A lookup column's id field in SharePoint REST: the internal name followed by `Id`. */
const SEANCE_ID = `${points.columns.seance.name}Id`;
const STATUT = seances.columns.statut.name;

async function idsOf(send: RestSender, title: string, filter: string): Promise<string[]> {
  const answer = await required(send, {
    method: "GET",
    path: `${listPath(title)}/items?$filter=${encodeURIComponent(filter)}&$select=Id&$top=${TOP}`,
  });
  return ((answer.body?.value as { Id?: unknown }[] | undefined) ?? []).map((item) => String(item.Id));
}

/** The items of every closed séance, list by list: the séances themselves, then their points, présences, avis. */
async function closedSeanceItems(send: RestSender): Promise<[string, string[]][]> {
  const closed = await idsOf(send, seances.displayName, `${STATUT} eq 'close'`);
  const result: [string, string[]][] = [[seances.displayName, closed]];
  for (const key of CLOSED_SEANCE_LISTS.filter((k) => k !== "seances")) {
    const title = LISTS.find((l) => l.key === key)?.displayName ?? key;
    const ids: string[] = [];
    for (const seance of closed) ids.push(...(await idsOf(send, title, `${SEANCE_ID} eq ${Number(seance)}`)));
    result.push([title, ids]);
  }
  return result;
}

const ROLE_NAMES: Readonly<Record<number, Level>> = { 2: "read", 3: "contribute", 6: "edit" };

/** Who holds which level on a list or an item, by group title. */
async function assignmentsOf(send: RestSender, path: string): Promise<Map<string, Level | undefined>> {
  const assignments = await send({
    method: "GET",
    path: `${path}/roleassignments?$expand=Member,RoleDefinitionBindings&$select=Member/Title,RoleDefinitionBindings/RoleTypeKind`,
  });
  const actual = new Map<string, Level | undefined>();
  for (const entry of (assignments.body?.value as
    { Member?: { Title?: string }; RoleDefinitionBindings?: { RoleTypeKind?: number }[] }[] | undefined) ?? [])
    actual.set(entry.Member?.Title ?? "?", ROLE_NAMES[entry.RoleDefinitionBindings?.[0]?.RoleTypeKind ?? 0]);
  return actual;
}

async function hasUniquePermissions(send: RestSender, path: string): Promise<boolean | undefined> {
  const answer = await send({ method: "GET", path: `${path}?$select=HasUniqueRoleAssignments` });
  return answer.status >= 300 ? undefined : answer.body?.HasUniqueRoleAssignments === true;
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
  if (kind === "commune") await lockClosedSeances(send, groupIds, roleIds, out);
}

/**
 * A closed séance is the record: each of its items gets permissions of its own, read-only for every group. Run again
 * after each closing (the secretariat cannot do it: breaking permissions is the site owner's right).
 */
async function lockClosedSeances(
  send: RestSender,
  groupIds: Readonly<Record<Group, number>>,
  roleIds: Readonly<Record<Level, number>>,
  out: (line: string) => void,
): Promise<void> {
  let locked = 0;
  for (const [title, ids] of await closedSeanceItems(send))
    for (const id of ids) {
      if (await hasUniquePermissions(send, `${listPath(title)}/items(${Number(id)})`)) continue;
      for (const call of closedItemCalls(title, id, groupIds, roleIds)) await required(send, call);
      locked += 1;
    }
  if (locked > 0) out(`Séances closes : ${locked} élément(s) mis en lecture seule.`);
}

/** Reads back each list's permissions and item-level setting; says what differs from the policy, in French. */
export async function auditPermissions(send: RestSender, kind: SiteKind): Promise<string[]> {
  const gaps: string[] = [];
  for (const [title, policy] of policiesOf(kind)) {
    const list = listPath(title);
    const settings = await send({ method: "GET", path: `${list}?$select=HasUniqueRoleAssignments,WriteSecurity` });
    if (settings.status >= 300) {
      gaps.push(`« ${title} » : permissions illisibles (${settings.status}).`);
      continue;
    }
    if (settings.body?.HasUniqueRoleAssignments !== true) gaps.push(`« ${title} » : hérite des permissions du site.`);
    if (policy.ownItemsOnly && settings.body?.WriteSecurity !== 2)
      gaps.push(`« ${title} » : chacun peut modifier les éléments des autres (WriteSecurity ≠ 2).`);
    const actual = await assignmentsOf(send, list);
    const wanted = new Map(
      (Object.entries(policy.grants) as [Group, Level][]).map(([group, level]) => [GROUP_TITLES[group], level]),
    );
    for (const [group, level] of wanted)
      if (actual.get(group) !== level)
        gaps.push(`« ${title} » : ${group} devrait avoir « ${level} » (a « ${actual.get(group) ?? "rien"} »).`);
    for (const [who, level] of actual)
      if (!wanted.has(who)) gaps.push(`« ${title} » : ${who} a « ${level ?? "?"} » sans que la politique le prévoie.`);
  }
  if (kind === "commune") gaps.push(...(await auditClosedSeances(send)));
  return gaps;
}

/**
 * Each item of a closed séance: permissions of its own, each group of the commune reading, and nobody contributing
 * or editing. (Breaking inheritance gives the site owner who did it full control: the owners stay owners.)
 */
async function auditClosedSeances(send: RestSender): Promise<string[]> {
  const gaps: string[] = [];
  const groups = Object.keys(CLOSED_SEANCE_GRANTS).map((g) => GROUP_TITLES[g as Group]);
  for (const [title, ids] of await closedSeanceItems(send))
    for (const id of ids) {
      const item = `${listPath(title)}/items(${Number(id)})`;
      const label = `« ${title} », élément ${id} : séance close`;
      if (!(await hasUniquePermissions(send, item))) {
        gaps.push(`${label} encore modifiable (permissions héritées).`);
        continue;
      }
      const actual = await assignmentsOf(send, item);
      for (const group of groups)
        if (actual.get(group) !== "read")
          gaps.push(`${label}, ${group} devrait lire (a « ${actual.get(group) ?? "rien"} »).`);
      for (const [who, level] of actual)
        if (level === "contribute" || level === "edit")
          gaps.push(`${label}, ${who} peut encore écrire (« ${level} »).`);
    }
  return gaps;
}
