import { balancedPlan } from "@tests/fixtures/plans/build-plan";
import { fieldLabel } from "./plan-issues";
import { formatPlanIssue, parsePlan } from "./plan-schema";

/** The messages of a plan altered by `edit`. */
function messagesOf(edit: (plan: Record<string, unknown> & ReturnType<typeof balancedPlan>) => void): string[] {
  const plan = JSON.parse(JSON.stringify(balancedPlan())) as Record<string, unknown> & ReturnType<typeof balancedPlan>;
  edit(plan);
  const result = parsePlan(plan);
  return result.ok ? [] : result.errors.map(formatPlanIssue);
}

describe("les erreurs du plan de financement en français simple", () => {
  it.each([
    [["project", "title"], "intitulé du projet"],
    [["commune", "population"], "population de la commune"],
    [["depenses", 0, "ttcCents"], "montant TTC de la dépense n° 1"],
    [["funders", 2, "acknowledgementDate"], "date de l'accusé de réception du financeur n° 3"],
    [["funders", 1], "financeur n° 2"],
    [["derogations", 0, "decision"], "décision de la dérogation n° 1"],
    [["autofinancementCents"], "autofinancement"],
    [[], "plan"],
  ] as const)("%j se nomme « %s »", (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it.each([
    [
      "un champ obligatoire absent",
      (p: ReturnType<typeof balancedPlan>) => Reflect.deleteProperty(p.project, "title"),
      "intitulé du projet : manquant",
    ],
    [
      "un montant négatif, rendu en euros",
      (p: ReturnType<typeof balancedPlan>) => Object.assign(p, { empruntCents: -120_000 }),
      "emprunt : ne peut être négatif (reçu : \u22121\u202f200,00\u202f€)",
    ],
    [
      "un taux au-delà de 100 %",
      (p: ReturnType<typeof balancedPlan>) => Object.assign(p.funders[0] ?? {}, { rateBp: 12_000 }),
      "taux du financeur n° 1 : au plus 100 % (10000 en points de base) (reçu : 120 %)",
    ],
    [
      "un libellé vide",
      (p: ReturnType<typeof balancedPlan>) => Object.assign(p.depenses[0] ?? {}, { label: "" }),
      "libellé de la dépense n° 1 : ne peut être vide",
    ],
    [
      "un état de demande inconnu, avec les états admis en français",
      (p: ReturnType<typeof balancedPlan>) => Object.assign(p.funders[0] ?? {}, { status: "en cours" }),
      "état de la demande du financeur n° 1 : valeur inconnue (reçu : « en cours ») ; valeurs admises : « prevu » (prévu), « demande » (demandé), « accorde » (accordé), « refuse » (refusé)",
    ],
    [
      "une éligibilité qui n'est ni oui ni non",
      (p: ReturnType<typeof balancedPlan>) => Object.assign(p.depenses[0] ?? {}, { eligible: "oui" }),
      "éligibilité de la dépense n° 1 : oui ou non est attendu (true ou false) (reçu : « oui »)",
    ],
    [
      "un département mal écrit",
      (p: ReturnType<typeof balancedPlan>) => Object.assign(p.commune, { departement: "Creuse" }),
      "département de la commune : code de département attendu (23, 2A, 974…) (reçu : « Creuse »)",
    ],
  ])("%s", (_name, edit, message) => {
    expect(messagesOf(edit)).toEqual([message]);
  });
});
