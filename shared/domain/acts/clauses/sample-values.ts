import type { ClauseValues, VariableSpec } from "./model";

/**
 * A plausible value for each variable type, for previews of a clause before the secretary fills it; `option`
 * picks which choice to show, so that every option's wording can be previewed.
 */
export function sampleValue(spec: VariableSpec, option = 0): unknown {
  switch (spec.type) {
    case "text":
      return `[${spec.label}]`;
    case "date":
      return "2025-09-12";
    case "montant":
      return 123_456;
    case "integer":
      return Math.max(spec.min ?? 0, Math.min(spec.max ?? 12, 2025));
    case "percent":
      return Math.min(spec.max ?? 100, 19.8);
    case "person":
      return { civilite: "Mme", nom: "Claire PETIT" };
    case "maireTitle":
      return "madame";
    case "choice": {
      const keys = Object.keys(spec.options);
      return keys[option % keys.length];
    }
  }
}

export function sampleValues(variables: readonly VariableSpec[], option = 0): ClauseValues {
  return Object.fromEntries(variables.map((v) => [v.name, sampleValue(v, option)]));
}
