import arr001 from "./arr-001";
import arr002 from "./arr-002";
import arr003 from "./arr-003";
import arr004 from "./arr-004";
import arr005 from "./arr-005";
import arr006 from "./arr-006";
import arr007 from "./arr-007";
import arr008 from "./arr-008";
import arr009 from "./arr-009";
import arr010 from "./arr-010";
import arr011 from "./arr-011";
import arr012 from "./arr-012";
import arr013 from "./arr-013";
import arr014 from "./arr-014";
import arr015 from "./arr-015";
import arr016 from "./arr-016";
import arr017 from "./arr-017";
import arr018 from "./arr-018";
import arr019 from "./arr-019";
import cm006 from "../../council/rules/cm-006";
import cm007 from "../../council/rules/cm-007";
import cm008 from "../../council/rules/cm-008";
import cm011 from "../../council/rules/cm-011";
import cm012 from "../../council/rules/cm-012";
import cm018 from "../../council/rules/cm-018";
import cm022 from "../../council/rules/cm-022";
import { projected } from "../../council/evidence";
import { actEvidence } from "../council-evidence";
import del001 from "./del-001";
import del002 from "./del-002";
import del003 from "./del-003";
import del004 from "./del-004";
import del005 from "./del-005";
import del006 from "./del-006";
import del007 from "./del-007";
import del008 from "./del-008";
import del009 from "./del-009";
import del010 from "./del-010";
import del011 from "./del-011";
import del012 from "./del-012";
import del013 from "./del-013";
import del014 from "./del-014";
import del015 from "./del-015";
import del016 from "./del-016";
import del020 from "./del-020";
import del021 from "./del-021";
import del022 from "./del-022";
import del023 from "./del-023";
import del024 from "./del-024";
import del025 from "./del-025";
import del026 from "./del-026";
import pub001 from "./pub-001";
import pub002 from "./pub-002";
import pub003 from "./pub-003";
import pub004 from "./pub-004";
import pub005 from "./pub-005";
import type { ActRule } from "../rule-support/support";

/** Every rule an act is checked against (DEL-*, PUB-*, ARR-* and the CM-* rules an act gives evidence for), sorted by id. */
export const ACT_RULES: readonly ActRule[] = [
  arr001,
  arr002,
  arr003,
  arr004,
  arr005,
  arr006,
  arr007,
  arr008,
  arr009,
  arr010,
  arr011,
  arr012,
  arr013,
  arr014,
  arr015,
  arr016,
  arr017,
  arr018,
  arr019,
  projected(cm006, actEvidence),
  projected(cm007, actEvidence),
  projected(cm008, actEvidence),
  projected(cm011, actEvidence),
  projected(cm012, actEvidence),
  projected(cm018, actEvidence),
  projected(cm022, actEvidence),
  del001,
  del002,
  del003,
  del004,
  del005,
  del006,
  del007,
  del008,
  del009,
  del010,
  del011,
  del012,
  del013,
  del014,
  del015,
  del016,
  del020,
  del021,
  del022,
  del023,
  del024,
  del025,
  del026,
  pub001,
  pub002,
  pub003,
  pub004,
  pub005,
];
