import type { Rule } from "../../rules";
import type { PlanSubject } from "../subject";
import planCommencement from "./plan-commencement";
import planEquilibre from "./plan-equilibre";
import planHtTtc from "./plan-ht-ttc";
import planParticipationMin from "./plan-participation-min";
import planPf06 from "./plan-pf-06";
import planPf07 from "./plan-pf-07";
import planTauxFinanceur from "./plan-taux-financeur";

/** Every PLAN rule, sorted by id. */
export const PLAN_RULES: readonly Rule<PlanSubject>[] = [
  planCommencement,
  planEquilibre,
  planHtTtc,
  planParticipationMin,
  planPf06,
  planPf07,
  planTauxFinanceur,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
