import type { ActNature } from "../common";
import type { Matter } from "./classify";
import { mattersOf, natureOf } from "./classify";
import type { ParsedAct } from "./model";
import type { ObsoleteReference } from "./obsolete-references";
import { obsoleteReferencesIn } from "./obsolete-references";

export interface CommuneFacts {
  readonly population?: number;
  readonly departement?: string;
}

/** What every act rule receives: the parsed act, the commune's figures and what was inferred once for all rules. */
export interface ActSubject extends CommuneFacts {
  readonly act: ParsedAct;
  readonly nature: ActNature;
  readonly matters: ReadonlySet<Matter>;
  /** Every obsolete reference, whatever the date; rules keep those with `from <= date`. */
  readonly obsolete: readonly ObsoleteReference[];
}

export function actSubject(act: ParsedAct, facts: CommuneFacts = {}): ActSubject {
  const matters = mattersOf(act);
  return {
    act,
    matters,
    nature: natureOf(act, matters),
    obsolete: obsoleteReferencesIn(act.text, act.folded),
    ...(facts.population !== undefined ? { population: facts.population } : {}),
    ...(facts.departement !== undefined ? { departement: facts.departement } : {}),
  };
}
