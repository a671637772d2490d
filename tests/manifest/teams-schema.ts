import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AjvDraft04, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * The Teams manifest JSON schemas shipped offline in @microsoft/app-manifest. They are draft-04 schemas
 * (`"$schema": "http://json-schema.org/draft-04/schema#"`), which the default Ajv class no longer reads:
 * ajv-draft-04 is the Ajv build for that draft, the one @microsoft/app-manifest itself validates with.
 */
export const TEAMS_SCHEMAS_DIR = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build/json-schemas/teams");

const versionKey = (version: string) => version.split(".").map(Number);

/** Released schema versions (v1.x folders, the developer preview left out), oldest first. */
export function stableSchemaVersions(): string[] {
  return readdirSync(TEAMS_SCHEMAS_DIR)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => {
      const [a1 = 0, a2 = 0] = versionKey(a);
      const [b1 = 0, b2 = 0] = versionKey(b);
      return a1 - b1 || a2 - b2;
    });
}

export type SchemaKind = "MicrosoftTeams" | "MicrosoftTeams.Localization";

export function teamsValidator(version: string, kind: SchemaKind = "MicrosoftTeams"): ValidateFunction {
  const schema: unknown = JSON.parse(readFileSync(path.join(TEAMS_SCHEMAS_DIR, `v${version}`, `${kind}.schema.json`), "utf8"));
  // strict off: the published schemas carry annotations Ajv's strict mode does not know. unicodeRegExp off: the
  // localization schema has patterns (an unescaped "]") that are valid JavaScript regexps only without the u flag.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  return ajv.compile(schema as object);
}

/** The schema errors as readable lines (empty when valid), so a failing test says what is wrong. */
export function schemaErrors(validate: ValidateFunction, data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
}
