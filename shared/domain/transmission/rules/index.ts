import type { TransmissionRule } from "../rule-support/support";
import tdtClassification from "./tdt-classification";
import tdtNature from "./tdt-nature";
import tdtNumero from "./tdt-numero";
import tdtNumeroUnique from "./tdt-numero-unique";
import tdtObjet from "./tdt-objet";
import tdtPdf from "./tdt-pdf";
import tdtTaille from "./tdt-taille";
import tdtTransmissible from "./tdt-transmissible";

/** Every TDT rule (the @CTES envelope, added by the suite: no catalog of shared/spec names them), sorted by id. */
export const TDT_RULES: readonly TransmissionRule[] = [
  tdtClassification,
  tdtNature,
  tdtNumero,
  tdtNumeroUnique,
  tdtObjet,
  tdtPdf,
  tdtTaille,
  tdtTransmissible,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
