/**
 * The 25 corrections of the legal review of December 2026 (spec/clause-audit-2026-12.md §4), each rendered on
 * commune profiles that vary what the wording depends on: the maire's gender, a name taking « de », « d' », « du »,
 * « des » or « de L' », affichage, papier or électronique, a population under or over 1,000 and 3,500.
 */
import { conditionProblems as withBlocking } from "../conditions";
import type { UseContext } from "../conditions";

const conditionProblems = (c: Pick<Clause, "id" | "subjects">, ctx: UseContext): string[] =>
  withBlocking(c, ctx).map((p) => (p.blocking ? p.message : `avertissement : ${p.message}`));
import type { Clause, ClauseValues } from "../model";
import { PROFILES, profile, profileValues } from "../profile-values.test-support";
import { renderClause } from "../render";
import { CATALOG } from "./index";

const clause = (id: string): Clause => {
  const found = CATALOG.filter((c) => c.id === id).at(-1);
  if (!found) throw new Error(`clause inconnue : ${id}`);
  return found;
};

function render(id: string, values: ClauseValues): string {
  const result = renderClause(clause(id), values);
  if (!result.ok) throw new Error(`${id} : ${result.errors.join(" ; ")}`);
  return result.text;
}

const PROFILE_LIST = Object.entries(PROFILES);
const onEach = (id: string, extra: ClauseValues = {}) =>
  PROFILE_LIST.map(([name, profile]) => ({ name, profile, text: render(id, profileValues(profile, extra)) }));

describe("audit 2026-12, à corriger avant usage (9 clauses)", () => {
  it("1. article-emploi-contractuel : motif L332-8, fonctions, niveau de recrutement et de rémunération", () => {
    for (const { profile, text } of onEach("article-emploi-contractuel", { motifL3328: "2" })) {
      expect(text).toContain("sur le fondement du 2° (besoins des services");
      expect(text).toContain("de l'article L. 332-8 du code général de la fonction publique");
      expect(text).toContain("pour exercer les fonctions d'agent d'entretien des bâtiments communaux");
      expect(text).toContain("l'agent devra justifier d'une expérience professionnelle");
      expect(text).toContain("grille indiciaire du grade d'adjoint technique territorial");
      expect(
        conditionProblems(clause("article-emploi-contractuel"), {
          values: profileValues(profile, { motifL3328: "2" }),
        }),
      ).toEqual([]);
    }
    expect(clause("article-emploi-contractuel").references).toEqual(["CGFP L313-1", "CGFP L332-8"]);
    const cas3 = (name: string) =>
      conditionProblems(clause("article-emploi-contractuel"), {
        values: profileValues(profile(name), { motifL3328: "3" }),
      });
    expect(cas3("saintAubin")).toEqual([]);
    expect(cas3("essarts")).toEqual([
      "Le cas 3° de l'article L. 332-8 ne vaut que pour une commune de moins de 1 000 habitants.",
    ]);
  });

  it("2. executoire-deliberation-non-transmise : plus de L2131-3, l'objet dispensé de transmission est nommé", () => {
    const c = clause("executoire-deliberation-non-transmise");
    expect(c.references).toEqual(["CGCT L2131-1", "CGCT L2131-2"]);
    expect(c.inSkeleton).toBe(false);
    for (const { profile, text } of onEach(c.id, { exceptionL2131: "droits-voirie" })) {
      expect(text).toContain("relative à la fixation des tarifs des droits de voirie et de stationnement");
      expect(text).toContain("dispensés de transmission au représentant de l'État par l'article L. 2131-2, 1°");
      expect(text).not.toMatch(/L\. 2131-3|Publiée par affichage/);
      expect(text).toMatch(
        profile.maire.genre === "f" ? /^La Maire soussignée certifie/m : /^Le Maire soussigné certifie/m,
      );
    }
    expect(renderClause(c, profileValues(profile("essarts"), { exceptionL2131: undefined }))).toMatchObject({
      ok: false,
    });
  });

  it("3. article-stationnement-interdit : n'étend pas R417-10, renvoie la fourrière au code de la route", () => {
    for (const { text } of onEach("article-stationnement-interdit")) {
      expect(text).not.toMatch(/R\. 417-10|gênant/);
      expect(text).toContain("le stationnement est interdit, rue des Écoles, du n° 2 au n° 14.");
      expect(text).toContain("dans les conditions prévues aux articles L. 325-1 et suivants du code de la route");
    }
    expect(render("visa-code-route", {})).not.toContain("R. 417-10");
  });

  it.each([
    [2025, "15 avril 2025"],
    [2026, "30 avril 2026"],
    [2027, "15 avril 2027"],
    [2032, "30 avril 2032"],
  ])("4. considerant-budget-delai : exercice %i → avant le %s, calculé (L1612-2)", (exercice, limite) => {
    for (const { text } of onEach("considerant-budget-delai", { exercice })) {
      expect(text).toContain(`budget primitif de l'exercice ${exercice} doit être adopté avant le ${limite}`);
      expect(text).toContain("quinzième jour suivant la communication des informations");
    }
    expect(clause("considerant-budget-delai").template).not.toMatch(/avril/);
  });

  it.each([
    ["M.", "Paul LEROY", "premier-adjoint", "Paul LEROY, premier adjoint"],
    ["Mme", "Anne GIRARD", "premier-adjoint", "Anne GIRARD, première adjointe"],
    ["Mme", "Lucie BLANC", "conseiller-delegue", "Lucie BLANC, conseillère municipale déléguée"],
    ["M.", "Yves GARNIER", "conseiller-delegue", "Yves GARNIER, conseiller municipal délégué"],
  ])("5. signature-arrete-delegation : %s %s, %s → « %s »", (civilite, nom, qualiteDelegataire, signature) => {
    for (const { text } of onEach("signature-arrete-delegation", {
      delegataire: { civilite, nom },
      qualiteDelegataire,
    })) {
      expect(text).toContain(`et par délégation,\n${signature}`);
      expect(text).not.toContain("L'adjoint délégué");
    }
  });

  it("6. article-creation-emploi-permanent : « d'adjoint », « d'agent », « de rédacteur »", () => {
    for (const { text } of onEach("article-creation-emploi-permanent")) {
      expect(text).toContain("un emploi permanent d'adjoint technique territorial");
      expect(text).toContain("afin d'exercer les fonctions d'agent d'entretien");
      expect(text).not.toMatch(/\bde [aeiouéh]/i);
    }
    const redacteur = render(
      "article-creation-emploi-permanent",
      profileValues(profile("essarts"), { grade: "rédacteur territorial", fonctions: "secrétaire général de mairie" }),
    );
    expect(redacteur).toContain("un emploi permanent de rédacteur territorial");
    expect(redacteur).toContain("les fonctions de secrétaire général de mairie");
  });

  it("7. article-creation-emploi-non-permanent : « d'adjoint »", () => {
    for (const { text } of onEach("article-creation-emploi-non-permanent"))
      expect(text).toContain("un emploi non permanent d'adjoint technique territorial");
  });

  it("8. considerant-besoin-emploi : « les fonctions d'agent », « d'huissier », mais « de hameau »", () => {
    expect(render("considerant-besoin-emploi", { fonctions: "agent d'accueil" })).toBe(
      "Considérant la nécessité de créer un emploi pour assurer les fonctions d'agent d'accueil ;",
    );
    expect(render("considerant-besoin-emploi", { fonctions: "huissier" })).toContain("fonctions d'huissier");
    expect(render("considerant-besoin-emploi", { fonctions: "hameau" })).toContain("fonctions de hameau");
  });

  describe("9. article-indemnites-taux : conseillers délégués, plafonds selon la population, pas de rétroactivité", () => {
    const taux = clause("article-indemnites-taux");
    const avecConseillers = clause("article-indemnites-taux-conseillers-delegues");
    const problems = (name: string, extra: ClauseValues) =>
      conditionProblems(taux, { values: profileValues(profile(name), { dateSeance: "2026-06-04", ...extra }) });

    it("une variante du même emplacement porte la ligne des conseillers municipaux délégués", () => {
      expect(avecConseillers.slot).toBe(taux.slot);
      const text = render(avecConseillers.id, profileValues(profile("isle"), { tauxConseillersDelegues: 6 }));
      expect(text).toContain("- conseillers municipaux délégués : 6\u202f%.");
      expect(avecConseillers.references).toContain("CGCT L2123-24-1");
    });

    it.each([
      ["isle", 420, 25.5, 9.9],
      ["saintAubin", 842, 40.3, 10.7],
      ["essarts", 1250, 51.6, 19.8],
    ])("%s (%i habitants) : plafonds %d et %d", (name, _population, maire, adjoint) => {
      expect(problems(name, { tauxMaire: maire, tauxAdjoints: adjoint, dateEffet: "2026-07-01" })).toEqual([]);
      expect(problems(name, { tauxMaire: maire + 0.1, tauxAdjoints: adjoint + 0.1, dateEffet: "2026-07-01" })).toEqual([
        expect.stringContaining("Taux du maire supérieur au plafond"),
        expect.stringContaining("Taux des adjoints supérieur au plafond"),
      ]);
    });

    it("au-delà de 3 500 habitants, le barème n'est pas dans la table : à vérifier, jamais accepté en silence", () => {
      expect(problems("mesnil", { tauxMaire: 40, tauxAdjoints: 10, dateEffet: "2026-07-01" })).toEqual([
        expect.stringContaining("plafonds à vérifier"),
      ]);
    });

    it("une date d'effet antérieure à la séance est refusée, sauf la date d'entrée en fonction", () => {
      expect(problems("saintAubin", { tauxMaire: 40.3, tauxAdjoints: 10.7, dateEffet: "2026-01-01" })).toEqual([
        expect.stringContaining("ne peut pas être rétroactive"),
      ]);
      expect(
        problems("saintAubin", {
          tauxMaire: 40.3,
          tauxAdjoints: 10.7,
          dateEffet: "2026-03-22",
          dateInstallation: "2026-03-22",
        }),
      ).toEqual([]);
    });
  });
});

describe("audit 2026-12, à préciser (16 clauses)", () => {
  it.each([
    ["executoire-deliberation", "Rendue publique"],
    ["executoire-deliberation-non-transmise", "Rendue publique"],
    ["executoire-arrete", "Rendu public"],
    ["executoire-arrete-circulation", "Rendu public"],
  ])("%s : « %s par affichage », distinct de la publication (L2131-1 IV)", (id, rendu) => {
    for (const { profile, text } of onEach(id, { exceptionL2131: "voies-communales" })) {
      const mode = {
        affichage: "par affichage à la mairie",
        papier: "par publication sur papier tenue à la disposition du public en mairie",
        electronique: "par publication sous forme électronique sur le site internet de la commune",
      }[profile.publication];
      expect(text).toContain(`${rendu} ${mode} le 4 avril 2025`);
      expect(text).not.toMatch(/Publiée? par affichage|sur papier, à la disposition/);
    }
  });

  it.each(["recours-deliberation", "recours-arrete"])("%s : délai à compter des formalités de publicité", (id) => {
    for (const { profile, text } of onEach(id)) {
      expect(text).toContain("à compter de l'accomplissement des formalités de publicité (affichage ou publication)");
      expect(text).toContain(
        `tribunal administratif ${profile.tribunalAdministratif.includes("d'") ? "d'Orléans" : "de Nantes"}`,
      );
    }
  });

  it("article-dm-virement : l'exemple de chapitre n'est plus le 022 de la M14", () => {
    const labels = clause("article-dm-virement")
      .variables.map((v) => v.label)
      .join(" ");
    expect(labels).not.toContain("022");
    expect(labels).toContain("ex. : 011");
  });

  it("visa-statut-particulier : le décret est nommé par son numéro et sa date, et reste à vérifier", () => {
    expect(render("visa-statut-particulier", profileValues(profile("essarts")))).toBe(
      "Vu le décret n° 2006-1691 du 22 décembre 2006 portant statut particulier du cadre d'emplois des adjoints techniques territoriaux ;",
    );
  });

  it("execution-arrete : fondé sur L2122-28, non L2122-27 ; « du » et « des » devant la commune", () => {
    expect(clause("execution-arrete").references).toEqual(["CGCT L2122-28"]);
    const texts = Object.fromEntries(onEach("execution-arrete").map((r) => [r.name, r.text]));
    expect(texts["saintAubin"]).toMatch(/^La Maire de Saint-Aubin-sur-Loire et /);
    expect(texts["essarts"]).toMatch(/^Le Maire des Essarts-le-Bas et /);
    expect(texts["mesnil"]).toMatch(/^La Maire du Mesnil-sur-Oise et /);
    expect(texts["isle"]).toMatch(/^Le Maire de L'Isle-sur-Vienne et /);
    expect(texts["aubeterre"]).toMatch(/^La Maire d'Aubeterre et /);
  });

  it.each([
    "visa-cgct-locaux-communaux",
    "considerant-salle-conditions",
    "article-tarifs-salle",
    "article-caution-salle",
  ])("%s : ne repose plus sur L2144-3 seul (L2121-29, CG3P L2125-1, régie)", (id) => {
    const refs = clause(id).references;
    expect(refs).toContain("CGCT L2121-29");
    expect(refs.length).toBeGreaterThan(1);
  });

  it("visa-cgct-locaux-communaux vise le CG3P ; la caution passe par la régie", () => {
    expect(render("visa-cgct-locaux-communaux", {})).toContain(
      "code général de la propriété des personnes publiques, notamment son article L. 2125-1",
    );
    expect(render("article-caution-salle", { montantCaution: 50_000 })).toContain("remise à la régie de recettes");
  });

  it("visa-debat-orientation : la délibération prenant acte du débat, à partir de 3 500 habitants seulement", () => {
    const c = clause("visa-debat-orientation");
    expect(render(c.id, { dateDob: "2026-02-12" })).toBe(
      "Vu la délibération du 12 février 2026 prenant acte de la tenue du débat d'orientation budgétaire sur la base du rapport prévu à l'article L. 2312-1 du code général des collectivités territoriales ;",
    );
    expect(conditionProblems(c, { values: profileValues(profile("mesnil")) })).toEqual([]);
    expect(conditionProblems(c, { values: profileValues(profile("essarts")) })).toHaveLength(1);
  });

  it("article-publicite-site-epci : vise le décret 2024-719, seulement avec l'affichage ou le papier", () => {
    const c = clause("article-publicite-site-epci");
    expect(c.references).toContain("Décret n° 2024-719 du 5 juillet 2024");
    expect(render("visa-decret-2024-719", {})).toContain("décret n° 2024-719 du 5 juillet 2024");
    const applies = Object.fromEntries(
      PROFILE_LIST.map(([name, profile]) => [
        name,
        conditionProblems(c, { publication: profile.publication, population: profile.population, values: {} })
          .length === 0,
      ]),
    );
    expect(applies).toEqual({ saintAubin: true, essarts: false, mesnil: false, isle: true, aubeterre: true });
  });

  it("vote-detaille et vote-unanimite-exprimes : les nombres séparés par « ; »", () => {
    expect(render("vote-detaille", { pour: 12, contre: 1, abstentions: 0 })).toBe(
      "Vote : pour : 12 ; contre : 1 ; abstentions : 0.",
    );
    expect(render("vote-unanimite-exprimes", { pour: 12, abstentions: 2 })).toBe(
      "Adopté à l'unanimité des suffrages exprimés : pour : 12 ; contre : 0 ; abstentions : 2.",
    );
  });
});

describe("le nom de la commune prend « de », « d' », « du », « des » partout", () => {
  it.each([
    [
      "saintAubin",
      "COMMUNE DE Saint-Aubin-sur-Loire",
      "la commune de Saint-Aubin-sur-Loire",
      "Fait à Saint-Aubin-sur-Loire",
    ],
    ["essarts", "COMMUNE DES Essarts-le-Bas", "la commune des Essarts-le-Bas", "Fait aux Essarts-le-Bas"],
    ["mesnil", "COMMUNE DU Mesnil-sur-Oise", "la commune du Mesnil-sur-Oise", "Fait au Mesnil-sur-Oise"],
    ["isle", "COMMUNE DE L'Isle-sur-Vienne", "la commune de L'Isle-sur-Vienne", "Fait à L'Isle-sur-Vienne"],
    ["aubeterre", "COMMUNE D'Aubeterre", "la commune d'Aubeterre", "Fait à Aubeterre"],
  ])("%s", (name, entete, seance, fait) => {
    const values = profileValues(profile(name), { objet: "Objet" });
    expect(render("en-tete-deliberation", values)).toContain(entete);
    expect(render("seance-ouverture", values)).toContain(
      `le conseil municipal de ${seance.replace("la commune ", "la commune ")}`,
    );
    expect(render("signature-arrete", values)).toContain(`${fait}, le`);
  });
});
