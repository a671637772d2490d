import type { RestCall } from "@shared/data/auth/permission-policy";
import { applyPermissions, auditPermissions, sharePointRest } from "./provision-permissions";
import type { RestAnswer } from "./provision-permissions";

/**
 * A SharePoint site as its REST API answers the calls provisioning makes: site groups, role definitions by type,
 * lists with their role assignments and item-level write security.
 */
function fakeSite(listTitles: readonly string[]) {
  const groups = new Map<string, number>([["Propriétaires", 3]]);
  const roles = new Map<number, number>([
    [2, 1073741826],
    [3, 1073741827],
    [6, 1073741830],
  ]);
  const lists = new Map(
    listTitles.map((t) => [t, { unique: false, writeSecurity: 1, assignments: new Map<number, number>([[3, 6]]) }]),
  );
  const roleType = (id: number) => [...roles].find(([, value]) => value === id)?.[0] ?? 0;
  const titleOf = (id: number) => [...groups].find(([, value]) => value === id)?.[0] ?? "?";
  const answer = (status: number, body?: Record<string, unknown>): RestAnswer => ({ status, body });
  const send = async (call: RestCall): Promise<RestAnswer> => {
    const path = decodeURIComponent(call.path);
    let m = /^\/_api\/web\/sitegroups\/getbyname\('(.+)'\)/.exec(path);
    if (m) return groups.has(m[1] ?? "") ? answer(200, { Id: groups.get(m[1] ?? "") }) : answer(404);
    if (path === "/_api/web/sitegroups" && call.method === "POST") {
      const id = groups.size + 10;
      groups.set(String(call.body?.Title), id);
      return answer(201, { Id: id });
    }
    m = /^\/_api\/web\/roledefinitions\/getbytype\((\d+)\)/.exec(path);
    if (m) return answer(200, { Id: roles.get(Number(m[1])) });
    m = /^\/_api\/web\/lists\/getbytitle\('(.+?)'\)(.*)$/.exec(path);
    const list = lists.get((m?.[1] ?? "").replace(/''/g, "'"));
    if (!m || !list) return answer(404);
    const rest = m[2] ?? "";
    if (rest.startsWith("/breakroleinheritance(copyRoleAssignments=false")) {
      list.unique = true;
      list.assignments.clear();
      return answer(200);
    }
    const add = /^\/roleassignments\/addroleassignment\(principalid=(\d+),roledefid=(\d+)\)$/.exec(rest);
    if (add) {
      list.assignments.set(Number(add[1]), Number(add[2]));
      return answer(200);
    }
    if (call.method === "MERGE") {
      list.writeSecurity = Number(call.body?.WriteSecurity);
      return answer(204);
    }
    if (rest.startsWith("?$select=HasUniqueRoleAssignments"))
      return answer(200, { HasUniqueRoleAssignments: list.unique, WriteSecurity: list.writeSecurity });
    if (rest.startsWith("/roleassignments?"))
      return answer(200, {
        value: [...list.assignments].map(([principal, role]) => ({
          Member: { Title: titleOf(principal) },
          RoleDefinitionBindings: [{ RoleTypeKind: roleType(role) }],
        })),
      });
    return answer(400);
  };
  return { send, lists, groups };
}

const COMMUNE_LISTS = [
  "Communes",
  "Membres",
  "Séances",
  "Ordre du jour",
  "Présences",
  "Avis des élus",
  "Documents ouverts",
  "Échéances",
  "Actes",
  "Subventions",
];

describe("permissions SharePoint appliquées et relues par mairie provision", () => {
  it("crée les groupes, applique la politique, et la relecture est conforme", async () => {
    const site = fakeSite(COMMUNE_LISTS);
    const out: string[] = [];
    await applyPermissions(site.send, "commune", (line) => out.push(line));
    expect(out).toContain("Groupe « Secrétariat » créé.");
    expect(out).toContain("Permissions de « Avis des élus » appliquées.");
    expect(await auditPermissions(site.send, "commune")).toEqual([]);
    expect(site.lists.get("Avis des élus")?.writeSecurity).toBe(2);
  });

  it("relit chaque écart : héritage, WriteSecurity, un groupe de trop ou au mauvais niveau", async () => {
    const site = fakeSite(COMMUNE_LISTS);
    await applyPermissions(site.send, "commune", () => undefined);
    const avis = site.lists.get("Avis des élus");
    if (!avis) throw new Error("liste absente");
    avis.writeSecurity = 1;
    avis.assignments.set(site.groups.get("Élus") ?? 0, 1073741830);
    const seances = site.lists.get("Séances");
    if (seances) seances.unique = false;
    expect(await auditPermissions(site.send, "commune")).toEqual([
      "« Séances » : hérite des permissions du site.",
      "« Avis des élus » : chacun peut modifier les éléments des autres (WriteSecurity ≠ 2).",
      "« Avis des élus » : Élus devrait avoir « contribute » (a « edit »).",
    ]);
  });

  it("parle à l'API REST de SharePoint avec le jeton, sans métadonnées, MERGE par X-HTTP-Method", async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const send = sharePointRest("https://contoso.sharepoint.com/sites/saint-aubin/", "jeton-sp", async (url, init) => {
      seen.push({ url: typeof url === "string" ? url : url instanceof URL ? url.href : url.url, init });
      return new Response(null, { status: 204 });
    });
    await send({ method: "MERGE", path: "/_api/web/lists/getbytitle('Avis des élus')", body: { WriteSecurity: 2 } });
    expect(seen[0]?.url).toBe(
      "https://contoso.sharepoint.com/sites/saint-aubin/_api/web/lists/getbytitle('Avis des élus')",
    );
    expect(seen[0]?.init?.method).toBe("POST");
    expect(seen[0]?.init?.headers).toMatchObject({
      Authorization: "Bearer jeton-sp",
      "X-HTTP-Method": "MERGE",
      "IF-MATCH": "*",
      Accept: "application/json;odata=nometadata",
    });
  });
});
