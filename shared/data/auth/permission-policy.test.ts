import { LISTS } from "../schema";
import { closedItemCalls, isClosedSeance, LIST_POLICY, listPermissionCalls } from "./permission-policy";
import type { ListPolicy } from "./permission-policy";

const policyOf = (policy: ListPolicy | undefined): ListPolicy => {
  if (!policy) throw new Error("Liste sans politique.");
  return policy;
};

const groups = { secretariat: 11, elus: 12, referents: 13 };
const roles = { read: 1073741826, contribute: 1073741827, edit: 1073741830 };

describe("politique des permissions", () => {
  it("donne une politique à chaque liste de la suite", () => {
    expect(LISTS.filter((l) => LIST_POLICY[l.key] === undefined).map((l) => l.key)).toEqual([]);
  });

  it("avis : l'élu y contribue mais ne modifie que ses propres éléments (WriteSecurity 2)", () => {
    const calls = listPermissionCalls("Avis des élus", policyOf(LIST_POLICY.avis), groups, roles);
    expect(calls).toEqual([
      {
        method: "POST",
        path: "/_api/web/lists/getbytitle('Avis des élus')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)",
      },
      {
        method: "POST",
        path: "/_api/web/lists/getbytitle('Avis des élus')/roleassignments/addroleassignment(principalid=11,roledefid=1073741830)",
      },
      {
        method: "POST",
        path: "/_api/web/lists/getbytitle('Avis des élus')/roleassignments/addroleassignment(principalid=12,roledefid=1073741827)",
      },
      {
        method: "MERGE",
        path: "/_api/web/lists/getbytitle('Avis des élus')",
        body: { __metadata: { type: "SP.List" }, ReadSecurity: 1, WriteSecurity: 2 },
      },
    ]);
  });

  it("validations : seuls les référents créent, chacun ses décisions ; un secrétaire lit, ne valide pas", () => {
    const calls = listPermissionCalls(
      "Validations de clauses",
      policyOf(LIST_POLICY.validationsClauses),
      groups,
      roles,
    );
    const grants = calls.map((c) => c.path).filter((p) => p.includes("addroleassignment"));
    expect(grants).toEqual([
      expect.stringContaining("principalid=11,roledefid=1073741826"),
      expect.stringContaining("principalid=13,roledefid=1073741827"),
    ]);
    expect(calls.at(-1)?.body).toMatchObject({ WriteSecurity: 2 });
  });

  it("séance close : chaque élément reçoit ses propres permissions, lecture seule pour tous les groupes", () => {
    expect(isClosedSeance({ Statut: "close" })).toBe(true);
    expect(isClosedSeance({ Statut: "tenue", PvArreteLe: "2026-02-01T18:00:00Z" })).toBe(false);
    expect(closedItemCalls("Ordre du jour", "7", { secretariat: 11, elus: 12 }, roles)).toEqual([
      {
        method: "POST",
        path: "/_api/web/lists/getbytitle('Ordre du jour')/items(7)/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)",
      },
      {
        method: "POST",
        path: "/_api/web/lists/getbytitle('Ordre du jour')/items(7)/roleassignments/addroleassignment(principalid=11,roledefid=1073741826)",
      },
      {
        method: "POST",
        path: "/_api/web/lists/getbytitle('Ordre du jour')/items(7)/roleassignments/addroleassignment(principalid=12,roledefid=1073741826)",
      },
    ]);
  });
});
