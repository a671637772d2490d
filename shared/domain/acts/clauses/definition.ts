import { isIsoDate } from "../../common";
import type { Clause, VariableSpec, VariableType } from "./model";
import { SECTIONS_OF_KIND } from "./model";
import { SUBJECTS } from "./subjects";
import type { Placeholder } from "./template";
import { parseTemplate, placeholderNames } from "./template";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A short reference: a code and an article ("CGCT L2121-29", "CJA R421-1", "CGI 1639 A") or a dated text. */
export const REFERENCE =
  /^(?:(?:CGCT|CGFP|CJA|CGI|CG3P|CRPA|CSP|C\. route|C\. voirie routière|C\. pénal|C\. éducation) [LRD]?\.? ?\d[\w -]*|(?:Loi|Ordonnance|Décret|Arrêté|Instruction) .{6,})$/;
const ENGLISH = /\b(?:the|of|and|for|with|to)\b/i;

const isGendered = (type: VariableType | undefined): boolean => type === "person" || type === "maireTitle";
const hasGenderedOptions = (spec: VariableSpec): boolean =>
  spec.type === "choice" && Object.values(spec.options).every((o) => o.split("/").length === 2);

function placeholderProblem(
  p: Placeholder,
  spec: VariableSpec,
  types: ReadonlyMap<string, VariableType>,
): string | undefined {
  const kind = p.modifier?.kind;
  if (kind === "nom" && spec.type !== "person") return `${p.source} : « nom » ne s'applique qu'à une personne`;
  if (kind === "genre" && !isGendered(spec.type))
    return `${p.source} : l'accord suppose une personne ou le titre du maire`;
  if (kind === "echeance" && (spec.type !== "integer" || spec.grouping !== false))
    return `${p.source} : une échéance se calcule sur une année`;
  if (p.modifier?.kind === "accord") {
    if (!hasGenderedOptions(spec)) return `${p.source} : l'accord suppose un choix « masculin/féminin »`;
    if (!isGendered(types.get(p.modifier.with)))
      return `${p.source} : « ${p.modifier.with} » n'est ni une personne déclarée ni le titre du maire`;
  } else if (spec.type === "choice" && hasGenderedOptions(spec))
    return `${p.source} : un choix « masculin/féminin » s'accorde avec une personne ({${p.name}|personne})`;
  return undefined;
}

/** What is wrong with a clause as written in the library (empty when it can be offered). */
export function clauseDefinitionProblems(clause: Clause): string[] {
  const problems: string[] = [];
  const add = (problem: string) => problems.push(`${clause.id} v${clause.version} : ${problem}`);
  if (!SLUG.test(clause.id)) add("identifiant non conforme (minuscules, chiffres et tirets)");
  if (!Number.isInteger(clause.version) || clause.version < 1) add("version entière positive attendue");
  if (!/^[A-ZÀ-Ý]/.test(clause.title) || !clause.title.includes(" ") || ENGLISH.test(clause.title))
    add(`titre non rédigé en français : « ${clause.title} »`);
  if (clause.references.length === 0) add("aucune référence juridique");
  for (const ref of clause.references) if (!REFERENCE.test(ref)) add(`référence mal formée : « ${ref} »`);
  if (!SECTIONS_OF_KIND[clause.kind].includes(clause.section))
    add(`une clause « ${clause.kind} » ne va pas dans la partie « ${clause.section} »`);
  if (clause.actTypes.length === 0) add("aucun type d'acte");
  for (const subject of clause.subjects) {
    if (!clause.actTypes.includes(SUBJECTS[subject].actType))
      add(`le sujet « ${subject} » ne relève pas des types d'acte de la clause`);
  }
  if (clause.status === "validee" && !(clause.validatedBy && clause.validatedAt && isIsoDate(clause.validatedAt))) {
    add("clause validée sans auteur ni date de validation");
  }
  const parsed = parseTemplate(clause.template);
  parsed.errors.forEach(add);
  const specs = new Map(clause.variables.map((v) => [v.name, v]));
  const types = new Map(clause.variables.map((v) => [v.name, v.type]));
  if (types.size !== clause.variables.length) add("variable déclarée deux fois");
  const used = new Set(placeholderNames(parsed));
  for (const segment of parsed.segments) {
    if (typeof segment === "string") continue;
    const spec = specs.get(segment.name);
    if (spec === undefined) add(`${segment.source} : variable non déclarée`);
    else {
      const problem = placeholderProblem(segment, spec, types);
      if (problem) add(problem);
    }
  }
  for (const name of types.keys()) if (!used.has(name)) add(`variable « ${name} » déclarée mais inutilisée`);
  return problems;
}
