import { badRequest, StoreFailure } from "./http";

export { nestsDeeperThan } from "@shared/io/json-depth";

/** The deepest nesting a body may have: the suite's bodies are a few levels deep, Graph's a dozen at most. */
export const MAX_JSON_DEPTH = 64;

/** The text with its percent-escapes decoded, or undefined when one is malformed (`%E9`, `%zz`, a lone `%`). */
export function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A path segment decoded, or a 400 naming it: a malformed escape is the caller's error, not the store's. */
export function decodeSegment(text: string): string {
  const decoded = decodedOrUndefined(text);
  if (decoded === undefined)
    throw new StoreFailure(badRequest(`Malformed percent-encoding in the URL segment '${text.slice(0, 100)}'.`));
  return decoded;
}
