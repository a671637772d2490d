/** Content controls carry `mairie:<clause id>:v<version>` so that a later session finds and updates them. */
const PREFIX = "mairie:";

export function clauseTag(clauseId: string, version: number): string {
  return `${PREFIX}${clauseId}:v${version}`;
}

export function parseClauseTag(tag: string): { clauseId: string; version: number } | null {
  const match = /^mairie:([a-z0-9-]+):v(\d+)$/.exec(tag);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { clauseId: match[1], version: Number(match[2]) };
}

export function isClauseTag(tag: string): boolean {
  return tag.startsWith(PREFIX);
}
