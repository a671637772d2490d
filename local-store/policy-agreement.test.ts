import { LIST_POLICY } from "@shared/data/auth/permission-policy";
import type { Group, Level } from "@shared/data/auth/permission-policy";
import { LISTS } from "@shared/data/schema";
import { accessFor } from "./access";
import type { Caller, Role } from "./caller";
import { StoreState } from "./model";
import type { JournalRecord } from "./model";
import { seedDemo } from "./seed";

const ROLE_OF: Readonly<Record<Group, Role>> = { secretariat: "secretaire", elus: "elu", referents: "referent" };
const GROUPS: readonly Group[] = ["secretariat", "elus", "referents"];
const writes = (level: Level | undefined) => level === "contribute" || level === "edit";

/**
 * One policy, two enforcers: for every list, a member of each group of the policy's site reads what SharePoint lets
 * them read, and the embedded store never lets them write where SharePoint would refuse (never more lenient).
 */
describe("le stockage local applique la politique que provision pose sur SharePoint", () => {
  const state = new StoreState();
  seedDemo(
    { state, commit: (records: readonly JournalRecord[]) => records.forEach((r) => state.apply(r)) },
    new Date("2026-02-01T00:00:00Z"),
  );

  for (const list of LISTS) {
    const policy = LIST_POLICY[list.key];
    const stored = state.findList(list.displayName);
    const item = stored ? [...stored.items.values()][0] : undefined;
    // Référents belong to the network site only: on a commune's lists they are nobody.
    const groups = policy?.site === "network" ? GROUPS : GROUPS.filter((g) => g !== "referents");
    for (const group of groups) {
      const level = policy?.grants[group];
      it(`« ${list.displayName} », groupe ${group} (${level ?? "aucun droit"})`, () => {
        if (!stored || !item) throw new Error(`La démonstration n'a aucun élément dans « ${list.displayName} ».`);
        // A member of the group in the item's own commune (the site a commune list lives on).
        const communeField = item.fields.CommuneLookupId;
        const commune = typeof communeField === "string" ? communeField : "1";
        const caller: Caller = {
          kind: "membre",
          email: "x@example.fr",
          entries: [{ id: "99", role: ROLE_OF[group], commune }],
        };
        const access = accessFor(caller, state);
        if (access.canRead(stored, item)) expect(level).toBeDefined();
        if (access.refusal(stored, item, item) === undefined) expect(writes(level)).toBe(true);
        // « Edit only own items »: a contributor who did not create the item (its createdBy) cannot change it.
        if (policy?.ownItemsOnly && level === "contribute") expect(access.refusal(stored, item, item)).toBeDefined();
      });
    }
  }
});
