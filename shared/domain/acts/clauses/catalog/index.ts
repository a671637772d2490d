import type { Clause } from "../model";
import { BUDGET } from "./budget";
import { CIRCULATION } from "./circulation";
import { COMMON_ARRETE } from "./common-arrete";
import { COMMON_DELIBERATION } from "./common-deliberation";
import { CONVENTIONS } from "./conventions";
import { DELEGATION_FONCTION } from "./delegation-fonction";
import { DELEGATIONS } from "./delegations";
import { FISCALITE } from "./fiscalite";
import { INDEMNITES } from "./indemnites";
import { PERSONNEL } from "./personnel";
import { POLICE } from "./police";
import { PUBLICITE } from "./publicite";
import { SUBVENTIONS } from "./subventions";
import { TARIFS } from "./tarifs";
import { VOIRIE } from "./voirie";

/** Every version of every clause written for the library, by subject. */
export const CATALOG: readonly Clause[] = [
  ...COMMON_DELIBERATION,
  ...COMMON_ARRETE,
  ...BUDGET,
  ...FISCALITE,
  ...TARIFS,
  ...SUBVENTIONS,
  ...PERSONNEL,
  ...INDEMNITES,
  ...DELEGATIONS,
  ...CONVENTIONS,
  ...PUBLICITE,
  ...DELEGATION_FONCTION,
  ...CIRCULATION,
  ...POLICE,
  ...VOIRIE,
];

export { VARIABLES } from "./variables";
export type { VariableName } from "./variables";
