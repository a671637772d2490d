import { CLOSED_SEANCE_LISTS, isClosedSeance } from "@shared/data/auth/permission-policy";
import type { Group, ListPolicy } from "@shared/data/auth/permission-policy";
import { LISTS, membres, points, seances } from "@shared/data/schema";
import type { ListKey } from "@shared/data/schema";
import type { Caller, MemberEntry, Role } from "./caller";
import { columnFor } from "./fields";
import type { StoredItem, StoredList, StoredUser, StoreState } from "./model";

type Fields = Readonly<Record<string, unknown>>;

/** An item as the policy judges it: its id (none yet for a create) and the fields it has or would have. */
export interface ItemView {
  readonly id?: string;
  readonly fields: Fields;
  /** Who created it: the caller for a create, as SharePoint sets it from the token. */
  readonly createdBy?: StoredUser;
}

/**
 * What one caller may do on the embedded store, standing in for SharePoint permissions. A secretary reads and writes
 * what belongs to the communes they serve; an élu reads the séances of their commune and writes only their own avis;
 * the network's lists belong to secretaries and référents, and only a référent validates a clause.
 */
export interface Access {
  canRead(list: StoredList, item: StoredItem): boolean;
  /** Why a write is refused, in French, or undefined: `before` is absent for a create, `after` for a delete. */
  refusal(list: StoredList, before: ItemView | undefined, after: ItemView | undefined): string | undefined;
  /** Why creating a list or a column is refused. */
  schemaRefusal(): string | undefined;
}

const lookupField = (column: { readonly name: string }): string => `${column.name}LookupId`;
const COMMUNE = lookupField(seances.columns.commune);
const SEANCE = lookupField(points.columns.seance);
const ROLE = membres.columns.role.name;
const onlyAdmin = (label: string) => `« ${label} » : seul l'administrateur du site peut y écrire.`;
const onlySecretariat = (label: string) => `« ${label} » : seul le secrétariat de la commune concernée peut y écrire.`;
const onlyNetwork = (label: string) => `« ${label} » : réservé aux secrétaires et aux référents du réseau.`;
const OWN_AVIS = "Un élu ne donne et ne modifie que ses propres avis, sur les séances de sa commune.";
const OWN_OPENING = "Un élu n'enregistre que les documents qu'il a lui-même ouverts, sur les séances de sa commune.";
const PRIVILEGED_MEMBRE = "Seul l'administrateur du site inscrit les secrétaires et les référents.";
const COMMUNE_LIST = "Seul l'administrateur du site ajoute ou retire une commune.";
const VALIDATION =
  "Seul un référent du réseau valide ou retire une version de clause, et il ne modifie que ses propres décisions.";
const CLOSED = "La séance est close (procès-verbal arrêté) : ses éléments ne se modifient plus.";
const SCHEMA = "Seul l'administrateur du site crée des listes et des colonnes.";

/** What the caller holds, entry by entry. */
class Holder {
  constructor(
    private readonly entries: readonly MemberEntry[],
    private readonly email: string,
  ) {}

  /** SharePoint's « edit only own items » compares the item's author with the caller, nothing the item says. */
  created(item: ItemView): boolean {
    return item.createdBy?.email?.toLowerCase() === this.email;
  }

  is(role: Role, commune: string | undefined): boolean {
    return commune !== undefined && this.entries.some((e) => e.role === role && e.commune === commune);
  }

  sits(commune: string | undefined): boolean {
    return this.entries.some((e) => e.commune === commune);
  }

  anywhere(role: Role): boolean {
    return this.entries.some((e) => e.role === role);
  }

  /** Secretaries and référents make up the network. */
  inNetwork(): boolean {
    return this.anywhere("secretaire") || this.anywhere("referent");
  }
}

/** An item placed in its commune (directly, through its séance, or itself for the communes list). */
type Placed = ItemView & { readonly commune: string | undefined };

interface Rule {
  read(who: Holder, item: Placed): boolean;
  write(who: Holder, item: Placed): string | undefined;
  /** Checks comparing the item before and after: creating, deleting, validating. */
  change?(who: Holder, before: Fields | undefined, after: Fields | undefined): string | undefined;
}

const readBySeance = (who: Holder, item: Placed) => who.is("secretaire", item.commune) || who.is("elu", item.commune);
const writeBySecretariat = (label: string) => (who: Holder, item: Placed) =>
  who.is("secretaire", item.commune) ? undefined : onlySecretariat(label);
const network = (label: string): Rule => ({
  read: (who) => who.inNetwork(),
  write: (who) => (who.inNetwork() ? undefined : onlyNetwork(label)),
});
/** An élu writes only the items they created (their avis, the documents they opened), as SharePoint's « modifier
 * seulement ses propres éléments » judges them by `createdBy`; the secretariat writes all. */
const ownItems = (label: string, refusal: string): Rule => ({
  read: readBySeance,
  write: (who, item) => {
    if (who.is("secretaire", item.commune) || (who.is("elu", item.commune) && who.created(item))) return undefined;
    return who.anywhere("elu") ? refusal : onlySecretariat(label);
  },
});

function ruleFor(key: ListKey | undefined, list: StoredList): Rule {
  const label = list.displayName;
  const bySeance: Rule = { read: readBySeance, write: writeBySecretariat(label) };
  switch (key) {
    case "communes":
      return {
        // The network's directory names the commune each secretary serves: a commune's name is no secret.
        read: (who, item) => who.sits(item.commune) || who.inNetwork(),
        write: writeBySecretariat(label),
        change: (_who, before, after) => (before && after ? undefined : COMMUNE_LIST),
      };
    case "membres":
      return {
        // The network's directory: secretaries and référents of every commune are known to one another.
        read: (who, item) => who.sits(item.commune) || (item.fields[ROLE] !== "elu" && who.inNetwork()),
        write: (who, item) =>
          !who.is("secretaire", item.commune)
            ? onlySecretariat(label)
            : item.fields[ROLE] === "elu"
              ? undefined
              : PRIVILEGED_MEMBRE,
      };
    case "seances":
    case "points":
      return bySeance;
    case "avis":
      return ownItems(label, OWN_AVIS);
    case "ouvertures":
      return ownItems(label, OWN_OPENING);
    case "echeances":
      return { read: (who, item) => who.is("secretaire", item.commune), write: writeBySecretariat(label) };
    case "questions":
    case "reponses":
      return network(label);
    case "clauses":
    case "clauseVersions":
      return network(label);
    case "validationsClauses":
      // Unique permissions: référents contribute, editing only their own decisions; secretaries read.
      return {
        read: (who) => who.inNetwork(),
        write: (who, item) => (who.anywhere("referent") && who.created(item) ? undefined : VALIDATION),
      };
    default:
      // Any other list (présences, actes, subventions…): its commune's secretariat writes, its élus read; a list
      // tied to no commune is the owner's alone until it gets a rule here.
      return columnFor(list, COMMUNE) || columnFor(list, SEANCE)
        ? bySeance
        : { read: () => false, write: () => onlyAdmin(label) };
  }
}

const LOCKED_BY_CLOSE: ReadonlySet<ListKey | undefined> = new Set(CLOSED_SEANCE_LISTS);

/**
 * Whether the item stands in a closed séance: the séance itself (judged as it was before the write, so that closing
 * it is allowed) or an item under it. Provisioning breaks their permissions on SharePoint; the store refuses at once.
 */
function inClosedSeance(state: StoreState, key: ListKey | undefined, item: ItemView, before: boolean): boolean {
  if (!LOCKED_BY_CLOSE.has(key)) return false;
  if (key === "seances") return before && isClosedSeance(item.fields);
  const seanceId = item.fields[SEANCE];
  const seance = typeof seanceId === "string" ? state.findList(seances.displayName)?.items.get(seanceId) : undefined;
  return seance !== undefined && isClosedSeance(seance.fields);
}

const keyOf = (list: StoredList): ListKey | undefined =>
  LISTS.find((l) => l.displayName.toLowerCase() === list.displayName.toLowerCase())?.key;

function communeOf(state: StoreState, list: StoredList, key: ListKey | undefined, item: ItemView): string | undefined {
  if (key === "communes") return item.id;
  const direct = item.fields[COMMUNE];
  if (typeof direct === "string") return direct;
  const seanceId = item.fields[SEANCE];
  if (typeof seanceId !== "string" || !columnFor(list, SEANCE)) return undefined;
  const seance = state.findList(seances.displayName)?.items.get(seanceId);
  const commune = seance?.fields[COMMUNE];
  return typeof commune === "string" ? commune : undefined;
}

const OWNER: Access = { canRead: () => true, refusal: () => undefined, schemaRefusal: () => undefined };

export function accessFor(caller: Caller, state: StoreState): Access {
  if (caller.kind === "admin") return OWNER;
  const who = new Holder(caller.entries, caller.email.toLowerCase());
  // Once per list, not per item: a page of 500 items asks 500 times.
  const judged = new Map<StoredList, { rule: Rule; place: (item: ItemView) => Placed }>();
  const judge = (list: StoredList) => {
    const known = judged.get(list);
    if (known) return known;
    const key = keyOf(list);
    const place = (item: ItemView): Placed => ({ ...item, commune: communeOf(state, list, key, item) });
    const judgement = { rule: ruleFor(key, list), place };
    judged.set(list, judgement);
    return judgement;
  };
  return {
    canRead(list, item) {
      const { rule, place } = judge(list);
      return rule.read(who, place(item));
    },
    refusal(list, before, after) {
      const { rule, place } = judge(list);
      const key = keyOf(list);
      if ((before && inClosedSeance(state, key, before, true)) || (after && inClosedSeance(state, key, after, false)))
        return CLOSED;
      const versions = [before, after].filter((v): v is ItemView => v !== undefined);
      return (
        rule.change?.(who, before?.fields, after?.fields) ??
        versions.map((v) => rule.write(who, place(v))).find((r) => r !== undefined)
      );
    },
    schemaRefusal: () => SCHEMA,
  };
}

/** The site group a member entry stands for. */
const GROUP_OF: Readonly<Record<Role, Group>> = { secretaire: "secretariat", elu: "elus", referent: "referents" };

/**
 * A document library with list-level permissions (the « Publications » library): its grants, as provisioning gives
 * them on each commune's site, applied here to the commune whose folder the file is in. A folder of no commune is
 * the site owner's.
 */
export function libraryAccess(
  caller: Caller,
  policy: ListPolicy,
  label: string,
): { canRead(commune: string | undefined): boolean; refusal(commune: string | undefined): string | undefined } {
  const levels = (commune: string | undefined) =>
    caller.kind === "admin" || commune === undefined
      ? []
      : caller.entries.flatMap((e) => (e.commune === commune ? [policy.grants[GROUP_OF[e.role]]] : []));
  return {
    canRead: (commune) => caller.kind === "admin" || levels(commune).some((level) => level !== undefined),
    refusal: (commune) =>
      caller.kind === "admin" || levels(commune).some((level) => level === "edit" || level === "contribute")
        ? undefined
        : onlySecretariat(label),
  };
}
