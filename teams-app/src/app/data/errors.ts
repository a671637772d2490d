import { ConcurrentEditError, DataError } from "@shared/data/graph/errors";

/** Someone saved the item first: the server's version, absent when it was deleted meanwhile. */
export function conflictOf(error: unknown): { current: unknown } | undefined {
  return error instanceof ConcurrentEditError ? { current: error.current } : undefined;
}

/** Worth keeping in the outbox and retrying: no answer, throttling, server failure. */
export function isTransient(error: unknown): boolean {
  if (error instanceof DataError) return error.transient;
  // fetch rejects with a TypeError when the network is down, before the data layer can wrap it.
  return error instanceof TypeError;
}

/** A French sentence for the person at the screen; the data layer's errors are already written for them. */
export function describeError(error: unknown): string {
  if (error instanceof DataError) return error.message;
  return "Une erreur inattendue est survenue. Votre saisie est conservée ; réessayez.";
}
