import { badRequest, StoreFailure } from "./http";

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

/**
 * Whether a JSON text nests objects and arrays deeper than `max`: one linear pass over the characters, strings
 * skipped, so a hostile body is refused before JSON.parse and the handlers ever walk it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 0x5c) at++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}
