import type { Rule } from "../../rules";
import { projected, seanceEvidence } from "../evidence";
import type { SeanceSubject } from "../subject";
import cm001 from "./cm-001";
import cm002 from "./cm-002";
import cm003 from "./cm-003";
import cm004 from "./cm-004";
import cm005 from "./cm-005";
import cm006 from "./cm-006";
import cm007 from "./cm-007";
import cm008 from "./cm-008";
import cm009 from "./cm-009";
import cm010 from "./cm-010";
import cm011 from "./cm-011";
import cm012 from "./cm-012";
import cm013 from "./cm-013";
import cm014 from "./cm-014";
import cm015 from "./cm-015";
import cm016 from "./cm-016";
import cm017 from "./cm-017";
import cm018 from "./cm-018";
import cm019 from "./cm-019";
import cm020 from "./cm-020";
import cm021 from "./cm-021";
import cm022 from "./cm-022";
import cm023 from "./cm-023";
import cm024 from "./cm-024";
import cm025 from "./cm-025";
import cm026 from "./cm-026";
import cm027 from "./cm-027";
import cm028 from "./cm-028";
import cm029 from "./cm-029";
import cm030 from "./cm-030";
import cm031 from "./cm-031";
import cm032 from "./cm-032";
import cm033 from "./cm-033";

/** Every CM-* rule of rules-seance-actes.yaml, sorted by id. */
export const SEANCE_RULES: readonly Rule<SeanceSubject>[] = [
  cm001,
  cm002,
  cm003,
  cm004,
  cm005,
  projected(cm006, seanceEvidence),
  projected(cm007, seanceEvidence),
  projected(cm008, seanceEvidence),
  cm009,
  cm010,
  projected(cm011, seanceEvidence),
  projected(cm012, seanceEvidence),
  cm013,
  cm014,
  cm015,
  cm016,
  cm017,
  projected(cm018, seanceEvidence),
  cm019,
  cm020,
  cm021,
  projected(cm022, seanceEvidence),
  cm023,
  cm024,
  cm025,
  cm026,
  cm027,
  cm028,
  cm029,
  cm030,
  cm031,
  cm032,
  cm033,
];
