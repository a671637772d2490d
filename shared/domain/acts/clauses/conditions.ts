import type { PublicationMode } from "../../commune/profile";
import { formatPercent } from "./format";
import { indemnityCeilings } from "./indemnity-scale";
import type { Clause, ClauseValues } from "./model";

/** What the act says of the commune and the séance: from the commune profile, else from the clause's own values. */
export interface UseContext {
  readonly publication?: PublicationMode;
  readonly population?: number;
  readonly values: ClauseValues;
}

/** A condition not met: `blocking` when the clause must not be inserted, else a warning to read before signing. */
export interface UseProblem {
  readonly message: string;
  readonly blocking: boolean;
}

type Condition = (ctx: UseContext) => UseProblem[];
const block = (message: string): UseProblem => ({ message, blocking: true });
const warn = (message: string): UseProblem => ({ message, blocking: false });

const numberOf = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
const textOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const populationOf = (ctx: UseContext): number | undefined => ctx.population ?? numberOf(ctx.values["population"]);

/** R2131-1 II bis (décret 2024-719): publication on the EPCI's site, for a commune that chose affichage or papier. */
const affichageOuPapier: Condition = (ctx) => {
  const mode = textOf(ctx.values["modePublicite"]) ?? ctx.publication;
  return mode === "electronique"
    ? [
        block(
          "Ne s'applique qu'à une commune qui a choisi l'affichage ou la publication sur papier (R. 2131-1 II bis).",
        ),
      ]
    : [];
};

/** L2131-1: only a commune under 3,500 inhabitants chooses how its acts are made public. */
const under3500: Condition = (ctx) => {
  const population = populationOf(ctx);
  return population !== undefined && population >= 3500
    ? [block("Le choix du mode de publicité est réservé aux communes de moins de 3 500 habitants (L. 2131-1).")]
    : [];
};

/** L2312-1: the débat d'orientation budgétaire is held in communes of 3,500 inhabitants and more. */
const dobRequired: Condition = (ctx) => {
  const population = populationOf(ctx);
  return population !== undefined && population < 3500
    ? [block("Le débat d'orientation budgétaire n'est requis qu'à partir de 3 500 habitants (L. 2312-1).")]
    : [];
};

/** CGFP L332-8 3°: any post, but only in a commune under 1,000 inhabitants. */
const contractuel: Condition = (ctx) => {
  const population = populationOf(ctx);
  return ctx.values["motifL3328"] === "3" && population !== undefined && population >= 1000
    ? [block("Le cas 3° de l'article L. 332-8 ne vaut que pour une commune de moins de 1 000 habitants.")]
    : [];
};

/** L2123-23 and L2123-24 ceilings; no retroactive revaluation (only the date of entry into office may precede the séance). */
const indemnites: Condition = (ctx) => {
  const problems: UseProblem[] = [];
  const population = populationOf(ctx);
  const ceilings = population === undefined ? undefined : indemnityCeilings(population);
  if (population !== undefined && !ceilings)
    problems.push(
      warn("Barème des communes de 3 500 habitants et plus non repris dans la table : plafonds à vérifier."),
    );
  const maire = numberOf(ctx.values["tauxMaire"]);
  const adjoints = numberOf(ctx.values["tauxAdjoints"]);
  if (ceilings && maire !== undefined && maire > ceilings.maire)
    problems.push(block(`Taux du maire supérieur au plafond de ${formatPercent(ceilings.maire)} (L. 2123-23).`));
  if (ceilings && adjoints !== undefined && adjoints > ceilings.adjoint)
    problems.push(block(`Taux des adjoints supérieur au plafond de ${formatPercent(ceilings.adjoint)} (L. 2123-24).`));
  const effet = textOf(ctx.values["dateEffet"]);
  const seance = textOf(ctx.values["dateSeance"]);
  const entry = [ctx.values["dateInstallation"], ctx.values["dateElection"]].filter((d) => typeof d === "string");
  if (effet !== undefined && seance !== undefined && effet < seance && !entry.includes(effet))
    problems.push(
      warn(
        "Date d'effet antérieure à la séance : une revalorisation ne peut pas être rétroactive (seule la date d'entrée en fonction des élus le peut).",
      ),
    );
  return problems;
};

const CONDITIONS: Readonly<Record<string, readonly Condition[]>> = {
  "article-publicite-site-epci": [affichageOuPapier],
  "visa-decret-2024-719": [affichageOuPapier],
  "visa-debat-orientation": [dobRequired],
  "article-emploi-contractuel": [contractuel],
  "article-indemnites-taux": [indemnites],
  "article-indemnites-taux-conseillers-delegues": [indemnites],
};

/**
 * Why a clause does not apply to this commune or these values (blocking), or what to check before signing
 * (warnings), in French; empty when it applies. A subject's
 * conditions apply to all its clauses (the choice of publicity mode is for communes under 3,500 inhabitants).
 */
export function conditionProblems(clause: Pick<Clause, "id" | "subjects">, ctx: UseContext): UseProblem[] {
  const conditions = [
    ...(CONDITIONS[clause.id] ?? []),
    ...(clause.subjects.includes("mode-de-publicite") ? [under3500] : []),
  ];
  return conditions.flatMap((condition) => condition(ctx));
}
