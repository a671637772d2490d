import { addDays } from "../common/iso-date";
import { lateness } from "../common/lateness";
import type { Lateness } from "../common/lateness";

/** What the registre des actes says of one act; dates are ISO calendar dates. */
export interface ActFormalities {
  readonly type: "deliberation" | "arrete";
  readonly date: string;
  /** False for the acts L2131-2 leaves out (droits de voirie, avancement de grade…). */
  readonly transmissible: boolean;
  readonly transmisLe?: string;
  readonly publieLe?: string;
}

export interface PendingFormality extends Lateness {
  readonly formality: "transmission" | "publication";
  /** The date the office aims at; past it, the act has been waiting too long. */
  readonly due: string;
  readonly ref: string;
}

/**
 * The law sets no delay for sending a délibération to the préfet: it is simply not exécutoire before (L2131-1).
 * The 15 days it gives for individual decisions (L2131-2) are applied to every act, so that none stays unenforceable.
 */
export const TRANSMISSION_TARGET_DAYS = 15;

/** Publishing within the week the liste des délibérations must be posted in (L2121-25), arrêtés likewise. */
export const PUBLICATION_TARGET_DAYS = 7;

function pending(formality: PendingFormality["formality"], due: string, ref: string, today: string): PendingFormality {
  return { formality, due, ref, ...lateness(due, today) };
}

/** The formalities an act still lacks to be exécutoire: published (or notified) and, when transmissible, transmitted. */
export function pendingFormalities(act: ActFormalities, today: string): PendingFormality[] {
  const found: PendingFormality[] = [];
  if (act.transmissible && !act.transmisLe)
    found.push(pending("transmission", addDays(act.date, TRANSMISSION_TARGET_DAYS), "CGCT L2131-1, L2131-2", today));
  if (!act.publieLe) {
    const ref = act.type === "deliberation" ? "CGCT L2131-1, L2121-25" : "CGCT L2131-1";
    found.push(pending("publication", addDays(act.date, PUBLICATION_TARGET_DAYS), ref, today));
  }
  return found;
}
