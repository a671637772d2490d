import { isIsoDate } from "../../common";
import type { Clause } from "./model";
import { SECTIONS_OF_KIND } from "./model";
import { SUBJECTS } from "./subjects";
import type { Placeholder } from "./template";
import { parseTemplate, placeholderNames } from "./template";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A short reference: a code and an article ("CGCT L2121-29", "CJA R421-1", "CGI 1639 A") or a dated text. */
export const REFERENCE =
  /^(?:(?:CGCT|CGFP|CJA|CGI|CG3P|CRPA|CSP|C\. route|C\. voirie routière|C\. pénal|C\. éducation) [LRD]?\.? ?\d[\w -]*|(?:Loi|Ordonnance|Décret|Arrêté|Instruction) .{6,})$/;
const ENGLISH = /\b(?:the|of|and|for|with|to)\b/i;

function placeholderProblem(p: Placeholder, type: string): string | undefined {
  if (p.modifier?.kind === "nom" && type !== "person") return `${p.source} : « nom » ne s'applique qu'à une personne`;
  if (p.modifier?.kind === "genre" && type !== "person" && type !== "maireTitle")
    return `${p.source} : l'accord suppose une personne ou le titre du maire`;
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
  const types = new Map(clause.variables.map((v) => [v.name, v.type]));
  if (types.size !== clause.variables.length) add("variable déclarée deux fois");
  const used = new Set(placeholderNames(parsed));
  for (const segment of parsed.segments) {
    if (typeof segment === "string") continue;
    const type = types.get(segment.name);
    if (type === undefined) add(`${segment.source} : variable non déclarée`);
    else {
      const problem = placeholderProblem(segment, type);
      if (problem) add(problem);
    }
  }
  for (const name of types.keys()) if (!used.has(name)) add(`variable « ${name} » déclarée mais inutilisée`);
  return problems;
}
