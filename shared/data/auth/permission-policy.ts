import type { ListKey } from "../schema";

/**
 * Who may do what, once, for both enforcers: SharePoint (applied by `mairie provision`) and the embedded store.
 * A site per commune holds its lists; a network site holds the network's lists. Each site has three groups.
 */
export type Group = "secretariat" | "elus" | "referents";
/** SharePoint's built-in roles, by RoleType (language-independent): Reader 2, Contributor 3, Editor 6. */
export type Level = "read" | "contribute" | "edit";

export const GROUP_TITLES: Readonly<Record<Group, string>> = {
  secretariat: "Secrétariat",
  elus: "Élus",
  referents: "Référents",
};

export const ROLE_TYPE: Readonly<Record<Level, number>> = { read: 2, contribute: 3, edit: 6 };

export interface ListPolicy {
  readonly site: "commune" | "network";
  /** Unique permissions on the list: these groups and no other (inheritance broken, nothing copied). */
  readonly grants: Readonly<Partial<Record<Group, Level>>>;
  /**
   * SharePoint's « edit only own items » (list WriteSecurity = 2): a contributor changes only the items they created.
   * The author is the item's `createdBy`, which SharePoint sets from the token; never a column the page fills.
   */
  readonly ownItemsOnly?: boolean;
}

const communeList = (elus: Level | undefined): ListPolicy => ({
  site: "commune",
  grants: { secretariat: "edit", ...(elus ? { elus } : {}) },
});

/**
 * The suite's lists. Clause validation is an item of its own list, which only référents may create (unique
 * permissions), each référent editing only their own decisions: a version is validated when such an item exists
 * for its exact text, never because a column any contributor can write says so. Authors and validators are read
 * from `createdBy`.
 */
export const LIST_POLICY: Readonly<Partial<Record<ListKey, ListPolicy>>> = {
  communes: communeList("read"),
  membres: communeList("read"),
  seances: communeList("read"),
  points: communeList("read"),
  presences: communeList("read"),
  echeances: communeList(undefined),
  actes: communeList("read"),
  subventions: communeList("read"),
  avis: { site: "commune", grants: { secretariat: "edit", elus: "contribute" }, ownItemsOnly: true },
  // An élu records the documents they open, as they give their avis: their own items only.
  ouvertures: { site: "commune", grants: { secretariat: "edit", elus: "contribute" }, ownItemsOnly: true },
  questions: { site: "network", grants: { secretariat: "contribute", referents: "edit" } },
  reponses: { site: "network", grants: { secretariat: "contribute", referents: "edit" } },
  // Secretaries propose clauses and versions; whether a version is validated is read from validationsClauses only.
  clauses: { site: "network", grants: { secretariat: "contribute", referents: "edit" } },
  clauseVersions: { site: "network", grants: { secretariat: "contribute", referents: "edit" } },
  validationsClauses: { site: "network", grants: { secretariat: "read", referents: "contribute" }, ownItemsOnly: true },
};

/**
 * The commune's « Publications » document library (publication électronique, L2131-1): the secretariat puts each
 * act's publication page online there, every group of the commune's site reads it. Provisioning creates it and gives
 * it these permissions; the embedded store applies the same grants to its files.
 */
export const PUBLICATIONS_LIBRARY = "Publications";
export const LIBRARY_POLICY: Readonly<Record<typeof PUBLICATIONS_LIBRARY, ListPolicy>> = {
  [PUBLICATIONS_LIBRARY]: { site: "commune", grants: { secretariat: "edit", elus: "read" } },
};

/**
 * A closed séance (procès-verbal arrêté) is the record: its item and the items under it (points, présences, avis)
 * get unique permissions, read-only for every group of the commune's site (copyRoleAssignments=false drops every
 * write grant, the site's owners keep theirs as site collection administrators).
 */
export const CLOSED_SEANCE_LISTS = ["seances", "points", "presences", "avis"] as const satisfies readonly ListKey[];
export const CLOSED_SEANCE_GRANTS: Readonly<Partial<Record<Group, Level>>> = { secretariat: "read", elus: "read" };

/**
 * Whether a séance is closed: its statut « close », which the secretariat sets once the procès-verbal is arrêté.
 * The PV date alone does not close it: the list of délibérations may still be recorded as published after it.
 */
export const isClosedSeance = (fields: Readonly<Record<string, unknown>>): boolean => fields.Statut === "close";

/** One SharePoint REST call (Graph cannot set list permissions or list settings). */
export interface RestCall {
  readonly method: "GET" | "POST" | "MERGE";
  /** Relative to the site's URL. */
  readonly path: string;
  readonly body?: Readonly<Record<string, unknown>>;
}

const listByTitle = (title: string) => `/_api/web/lists/getbytitle('${title.replace(/'/g, "''")}')`;

/** The REST calls that make one item of a closed séance read-only: its own permissions, read for each group. */
export function closedItemCalls(
  title: string,
  itemId: string,
  groupIds: Readonly<Partial<Record<Group, number>>>,
  roleIds: Readonly<Record<Level, number>>,
): RestCall[] {
  const item = `${listByTitle(title)}/items(${Number(itemId)})`;
  return [
    { method: "POST", path: `${item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)` },
    ...(Object.entries(CLOSED_SEANCE_GRANTS) as [Group, Level][]).flatMap(([group, level]) =>
      groupIds[group] === undefined
        ? []
        : [
            {
              method: "POST" as const,
              path: `${item}/roleassignments/addroleassignment(principalid=${groupIds[group]},roledefid=${roleIds[level]})`,
            },
          ],
    ),
  ];
}

/**
 * The REST calls that make a list's permissions what the policy says, given the site groups' ids: break
 * inheritance without copying, grant each group its role by type, and set item-level write security.
 */
export function listPermissionCalls(
  title: string,
  policy: ListPolicy,
  groupIds: Readonly<Record<Group, number>>,
  roleIds: Readonly<Record<Level, number>>,
): RestCall[] {
  const list = listByTitle(title);
  const calls: RestCall[] = [
    { method: "POST", path: `${list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)` },
  ];
  for (const [group, level] of Object.entries(policy.grants) as [Group, Level][])
    calls.push({
      method: "POST",
      path: `${list}/roleassignments/addroleassignment(principalid=${groupIds[group]},roledefid=${roleIds[level]})`,
    });
  // ReadSecurity 1: everyone with access reads every item; WriteSecurity 2: contributors edit only their own.
  if (policy.ownItemsOnly)
    calls.push({
      method: "MERGE",
      path: list,
      body: { __metadata: { type: "SP.List" }, ReadSecurity: 1, WriteSecurity: 2 },
    });
  return calls;
}
