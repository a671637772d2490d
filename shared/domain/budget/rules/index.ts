import type { Rule } from "../../rules";
import type { BudgetSubject } from "../subject";
import budAffect1068Min from "./bud-affect-1068-min";
import budCal01 from "./bud-cal-01";
import budCal02 from "./bud-cal-02";
import budCal03 from "./bud-cal-03";
import budDef02 from "./bud-def-02";
import budDeficitCa from "./bud-deficit-ca";
import budDm02 from "./bud-dm-02";
import budDm03 from "./bud-dm-03";
import budDmChapitres from "./bud-dm-chapitres";
import budDmEquilibre from "./bud-dm-equilibre";
import budDmNegatif from "./bud-dm-negatif";
import budDmReport from "./bud-dm-report";
import budEq08 from "./bud-eq-08";
import budEq11 from "./bud-eq-11";
import budEq12 from "./bud-eq-12";
import budEqReelAnnuite from "./bud-eq-reel-annuite";
import budEqSectF from "./bud-eq-sect-f";
import budEqSectI from "./bud-eq-sect-i";
import budM5701 from "./bud-m57-01";
import budM5702 from "./bud-m57-02";
import budNomenclature from "./bud-nomenclature";
import budObl01 from "./bud-obl-01";
import budObl02 from "./bud-obl-02";
import budObl03 from "./bud-obl-03";
import budOrd023021 from "./bud-ord-023-021";
import budOrd040042 from "./bud-ord-040-042";
import budOrd041 from "./bud-ord-041";
import budOrd042040 from "./bud-ord-042-040";
import budOrd043 from "./bud-ord-043";
import budChapNegatif from "./bud-chap-negatif";
import budCreditsLimitatifs from "./bud-credits-limitatifs";
import budDateVote from "./bud-date-vote";
import budImprevuesM14 from "./bud-imprevues-m14";
import budReprise1068 from "./bud-reprise-1068";
import budRepriseRar from "./bud-reprise-rar";
import budRes01 from "./bud-res-01";
import budRes03 from "./bud-res-03";
import budRes04 from "./bud-res-04";
import budRes05 from "./bud-res-05";

/** Every BUD-* rule, sorted by id. */
export const BUDGET_RULES: readonly Rule<BudgetSubject>[] = [
  budAffect1068Min,
  budCal01,
  budCal02,
  budCal03,
  budDef02,
  budDeficitCa,
  budDm02,
  budDm03,
  budDmChapitres,
  budDmEquilibre,
  budDmNegatif,
  budDmReport,
  budEq08,
  budEq11,
  budEq12,
  budEqReelAnnuite,
  budEqSectF,
  budEqSectI,
  budM5701,
  budM5702,
  budNomenclature,
  budObl01,
  budObl02,
  budObl03,
  budOrd023021,
  budOrd040042,
  budOrd041,
  budOrd042040,
  budOrd043,
  budRes01,
  budChapNegatif,
  budCreditsLimitatifs,
  budDateVote,
  budImprevuesM14,
  budReprise1068,
  budRepriseRar,
  budRes03,
  budRes04,
  budRes05,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
