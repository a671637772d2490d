import type { RestCall } from "@shared/data/auth/permission-policy";
import { applyPermissions, auditPermissions, sharePointRest } from "./provision-permissions";
import type { RestAnswer } from "./provision-permissions";

interface Scope {
  unique: boolean;
  readonly assignments: Map<number, number>;
}
interface FakeItem extends Scope {
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * A SharePoint site as its REST API answers the calls provisioning makes: site groups, role definitions by type,
 * lists and their items with their role assignments, item-level write security, filtered item ids.
 */
function fakeSite(listTitles: readonly string[], items: Readonly<Record<string, Record<string, string>[]>> = {}) {
  const groups = new Map<string, number>([["Propriétaires", 3]]);
  const roles = new Map<number, number>([
    [2, 1073741826],
    [3, 1073741827],
    [6, 1073741830],
  ]);
  const lists = new Map(
    listTitles.map((t) => [
      t,
      {
        unique: false,
        writeSecurity: 1,
        assignments: new Map<number, number>([[3, 6]]),
        items: new Map<string, FakeItem>(
          (items[t] ?? []).map((fields, i) => [String(i + 1), { fields, unique: false, assignments: new Map() }]),
        ),
      },
    ]),
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
    let rest = m[2] ?? "";
    const filter = /^\/items\?\$filter=(\w+) eq '?([^'&]+)'?&/.exec(rest);
    if (filter)
      return answer(200, {
        value: [...list.items]
          .filter(([, item]) => item.fields[filter[1] ?? ""] === filter[2])
          .map(([id]) => ({ Id: id })),
      });
    const inItem = /^\/items\((\d+)\)(.*)$/.exec(rest);
    const scope: Scope | undefined = inItem ? list.items.get(inItem[1] ?? "") : list;
    if (!scope) return answer(404);
    rest = inItem ? (inItem[2] ?? "") : rest;
    if (rest.startsWith("/breakroleinheritance(copyRoleAssignments=false")) {
      scope.unique = true;
      scope.assignments.clear();
      return answer(200);
    }
    const add = /^\/roleassignments\/addroleassignment\(principalid=(\d+),roledefid=(\d+)\)$/.exec(rest);
    if (add) {
      scope.assignments.set(Number(add[1]), Number(add[2]));
      return answer(200);
    }
    if (inItem && rest.startsWith("?$select=HasUniqueRoleAssignments"))
      return answer(200, { HasUniqueRoleAssignments: scope.unique });
    if (call.method === "MERGE") {
      list.writeSecurity = Number(call.body?.WriteSecurity);
      return answer(204);
    }
    if (rest.startsWith("?$select=HasUniqueRoleAssignments"))
      return answer(200, { HasUniqueRoleAssignments: list.unique, WriteSecurity: list.writeSecurity });
    if (rest.startsWith("/roleassignments?"))
      return answer(200, {
        value: [...scope.assignments].map(([principal, role]) => ({
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
  "Publications",
];

describe("permissions SharePoint appliquées et relues par mairie provision", () => {
  it("crée les groupes, applique la politique, et la relecture est conforme", async () => {
    const site = fakeSite(COMMUNE_LISTS);
    const out: string[] = [];
    await applyPermissions(site.send, "commune", (line) => out.push(line));
    expect(out).toContain("Groupe « Secrétariat » créé.");
    expect(out).toContain("Permissions de « Avis des élus » appliquées.");
    // The « Publications » library: the secretariat edits, the élus read (publication électronique).
    expect(out).toContain("Permissions de « Publications » appliquées.");
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

  it("site du réseau : la liste des validations, où seuls les référents créent, chacun ses décisions", async () => {
    const site = fakeSite([
      "Clauses",
      "Versions de clauses",
      "Validations de clauses",
      "Questions du réseau",
      "Réponses du réseau",
    ]);
    await applyPermissions(site.send, "network", () => undefined);
    const validations = site.lists.get("Validations de clauses");
    expect(validations).toMatchObject({ unique: true, writeSecurity: 2 });
    expect(validations?.assignments).toEqual(
      new Map([
        [site.groups.get("Secrétariat") ?? 0, 1073741826],
        [site.groups.get("Référents") ?? 0, 1073741827],
      ]),
    );
    expect(await auditPermissions(site.send, "network")).toEqual([]);
    validations?.assignments.set(site.groups.get("Secrétariat") ?? 0, 1073741827);
    expect(await auditPermissions(site.send, "network")).toEqual([
      "« Validations de clauses » : Secrétariat devrait avoir « read » (a « contribute »).",
    ]);
  });

  it("met en lecture seule chaque élément d'une séance close (la séance, ses points, présences, avis), et le relit", async () => {
    const site = fakeSite(COMMUNE_LISTS, {
      Séances: [{ Statut: "close" }, { Statut: "preparation" }],
      "Ordre du jour": [{ SeanceId: "1" }, { SeanceId: "2" }],
      "Avis des élus": [{ SeanceId: "1" }],
    });
    const out: string[] = [];
    await applyPermissions(site.send, "commune", (line) => out.push(line));
    expect(out).toContain("Séances closes : 3 élément(s) mis en lecture seule.");
    const point = site.lists.get("Ordre du jour")?.items;
    const secretariat = site.groups.get("Secrétariat") ?? 0;
    expect(point?.get("1")).toMatchObject({
      unique: true,
      assignments: new Map([
        [secretariat, 1073741826],
        [site.groups.get("Élus") ?? 0, 1073741826],
      ]),
    });
    expect(point?.get("2")?.unique).toBe(false);
    expect(await auditPermissions(site.send, "commune")).toEqual([]);
    // Applied twice, nothing more is done.
    const again: string[] = [];
    await applyPermissions(site.send, "commune", (line) => again.push(line));
    expect(again.filter((l) => l.startsWith("Séances closes"))).toEqual([]);
    // A write grant put back by hand, or an item still inheriting, is reported.
    point?.get("1")?.assignments.set(secretariat, 1073741830);
    const avis = site.lists.get("Avis des élus")?.items.get("1");
    if (avis) avis.unique = false;
    expect(await auditPermissions(site.send, "commune")).toEqual([
      "« Ordre du jour », élément 1 : séance close, Secrétariat devrait lire (a « edit »).",
      "« Ordre du jour », élément 1 : séance close, Secrétariat peut encore écrire (« edit »).",
      "« Avis des élus », élément 1 : séance close encore modifiable (permissions héritées).",
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
