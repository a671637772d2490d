import { NNBSP } from "./format";
import { makeClause } from "./make-clause.test-support";
import type { Clause, VariableSpec } from "./model";
import { renderClause } from "./render";

const clause = (template: string, variables: VariableSpec[]): Clause => makeClause({ template, variables });

const MAIRE: VariableSpec = { name: "maire", type: "maireTitle", label: "Titre du maire" };
const AGENT: VariableSpec = { name: "agent", type: "person", label: "Agent" };

describe("renderClause : chaque type de variable", () => {
  it.each<[VariableSpec, unknown, string]>([
    [{ name: "v", type: "text", label: "Texte" }, "  salle des fêtes ", "salle des fêtes"],
    [{ name: "v", type: "date", label: "Date" }, "2025-09-01", "1er septembre 2025"],
    [{ name: "v", type: "montant", label: "Montant" }, 123_456, `1${NNBSP}234,56${NNBSP}€`],
    [{ name: "v", type: "integer", label: "Nombre", grouping: false }, 2025, "2025"],
    [{ name: "v", type: "integer", label: "Nombre" }, 12_500, `12${NNBSP}500`],
    [{ name: "v", type: "percent", label: "Taux" }, 51.6, `51,6${NNBSP}%`],
    [{ name: "v", type: "person", label: "Personne" }, { civilite: "Mme", nom: "Claire PETIT" }, "Madame Claire PETIT"],
    [{ name: "v", type: "person", label: "Personne" }, { civilite: "M.", nom: "Jean DUPONT" }, "Monsieur Jean DUPONT"],
    [{ name: "v", type: "maireTitle", label: "Maire" }, "monsieur", "Monsieur le Maire"],
    [{ name: "v", type: "maireTitle", label: "Maire" }, "madame", "Madame la Maire"],
    [
      { name: "v", type: "choice", label: "Mode", options: { papier: "sur papier", affichage: "par affichage" } },
      "affichage",
      "par affichage",
    ],
  ])("%j ← %j", (spec, value, text) => {
    expect(renderClause(clause("[{v}]", [spec]), { v: value })).toEqual({ ok: true, text: `[${text}]` });
  });
});

describe("renderClause : accords", () => {
  const template =
    "{maire|Le Maire soussigné/La Maire soussignée} certifie ; {maire} est {maire|chargé/chargée} ; {agent|nom} est {agent|nommé/nommée}.";

  it("accorde au masculin", () => {
    const result = renderClause(clause(template, [MAIRE, AGENT]), {
      maire: "monsieur",
      agent: { civilite: "Monsieur", nom: "Paul LEROY" },
    });
    expect(result).toEqual({
      ok: true,
      text: "Le Maire soussigné certifie ; Monsieur le Maire est chargé ; Paul LEROY est nommé.",
    });
  });

  it("accorde au féminin", () => {
    const result = renderClause(clause(template, [MAIRE, AGENT]), {
      maire: "madame",
      agent: { civilite: "Mme", nom: "Anne GIRARD" },
    });
    expect(result).toEqual({
      ok: true,
      text: "La Maire soussignée certifie ; Madame la Maire est chargée ; Anne GIRARD est nommée.",
    });
  });

  it("refuse un accord sur une variable sans genre", () => {
    const result = renderClause(clause("{v|il/elle}", [{ name: "v", type: "text", label: "Texte" }]), { v: "x" });
    expect(result.ok).toBe(false);
  });
});

describe("renderClause : erreurs en français", () => {
  const date: VariableSpec = { name: "d", type: "date", label: "Date de la séance" };

  it.each<[VariableSpec, unknown, string]>([
    [date, undefined, "« Date de la séance » : valeur manquante."],
    [date, "", "« Date de la séance » : valeur manquante."],
    [date, "2025-02-30", "« Date de la séance » : « 2025-02-30 » n'est pas une date valide (format AAAA-MM-JJ)."],
    [date, "12/09/2025", "« Date de la séance » : « 12/09/2025 » n'est pas une date valide (format AAAA-MM-JJ)."],
    [date, "0225-09-12", "« Date de la séance » : l'année 225 n'est pas plausible pour un acte."],
    [
      { name: "d", type: "montant", label: "Montant" },
      12.5,
      "« Montant » : un montant entier en centimes est attendu (123456 pour 1 234,56 €).",
    ],
    [
      { name: "d", type: "montant", label: "Montant" },
      "1234",
      "« Montant » : un montant entier en centimes est attendu (123456 pour 1 234,56 €).",
    ],
    [{ name: "d", type: "montant", label: "Montant" }, -100, "« Montant » : un montant ne peut pas être négatif."],
    [
      { name: "d", type: "integer", label: "Présents", min: 0, max: 69 },
      70,
      "« Présents » : le nombre doit être compris entre 0 et 69.",
    ],
    [{ name: "d", type: "percent", label: "Taux" }, 150, "« Taux » : le pourcentage doit être compris entre 0 et 100."],
    [{ name: "d", type: "percent", label: "Taux" }, 10.1234, "« Taux » : trois décimales au plus."],
    [
      { name: "d", type: "person", label: "Agent" },
      "Claire PETIT",
      "« Agent » : une personne est attendue : civilité (M., Mme, Monsieur, Madame) et nom.",
    ],
    [{ name: "d", type: "person", label: "Agent" }, { civilite: "Mme", nom: " " }, "« Agent » : nom : valeur vide."],
    [
      { name: "d", type: "maireTitle", label: "Maire" },
      "le maire",
      "« Maire » : « monsieur » ou « madame » est attendu.",
    ],
    [
      { name: "d", type: "choice", label: "Mode", options: { papier: "sur papier" } },
      "web",
      "« Mode » : choix attendu parmi : papier.",
    ],
    [
      { name: "d", type: "text", label: "Objet" },
      "ligne 1\nligne 2",
      "« Objet » : caractères de contrôle ou retour à la ligne non admis.",
    ],
    [{ name: "d", type: "text", label: "Objet" }, 42, "« Objet » : du texte est attendu."],
  ])("%j ← %j", (spec, value, error) => {
    expect(renderClause(clause("{d}", [spec]), { d: value })).toEqual({ ok: false, errors: [error] });
  });

  it("rend toutes les erreurs ensemble", () => {
    const result = renderClause(clause("{maire}, le {d}, {inconnue}", [MAIRE, date]), {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        "« Titre du maire » : valeur manquante.",
        "« Date de la séance » : valeur manquante.",
        "Modèle : {inconnue} — variable non déclarée.",
      ]);
    }
  });

  it("ignore les valeurs en trop (un même jeu de valeurs sert à tout un acte)", () => {
    expect(renderClause(clause("{d}", [date]), { d: "2025-04-03", autre: "x" })).toEqual({
      ok: true,
      text: "3 avril 2025",
    });
  });
});

describe("renderClause : les valeurs restent du texte brut", () => {
  const objet: VariableSpec = { name: "objet", type: "text", label: "Objet" };
  const commune: VariableSpec = { name: "commune", type: "text", label: "Commune" };

  it("n'interprète ni balises ni entités", () => {
    const value = "<b>Tarifs</b> &amp; <script>alert(1)</script>";
    expect(renderClause(clause("Objet : {objet}", [objet]), { objet: value })).toEqual({
      ok: true,
      text: `Objet : ${value}`,
    });
  });

  it("ne remplace pas une variable écrite dans une valeur", () => {
    const result = renderClause(clause("{objet} à {commune}", [objet, commune]), {
      objet: "{commune}",
      commune: "Limoges",
    });
    expect(result).toEqual({ ok: true, text: "{commune} à Limoges" });
  });

  it("n'interprète pas les motifs spéciaux de remplacement", () => {
    expect(renderClause(clause("[{objet}]", [objet]), { objet: "$& $1 $$" })).toEqual({ ok: true, text: "[$& $1 $$]" });
  });
});

describe("renderClause : qualité accordée et élision", () => {
  const QUALITE: VariableSpec = {
    name: "qualite",
    type: "choice",
    label: "Qualité",
    options: {
      adjoint: "adjoint délégué/adjointe déléguée",
      conseiller: "conseiller municipal délégué/conseillère municipale déléguée",
    },
  };
  const GRADE: VariableSpec = { name: "grade", type: "text", label: "Grade" };
  const accord = clause("{agent|nom}, {qualite|agent}, emploi de {grade}.", [AGENT, QUALITE, GRADE]);

  it.each([
    ["M.", "adjoint", "adjoint technique", "Paul LEROY, adjoint délégué, emploi d'adjoint technique."],
    ["Mme", "adjoint", "agent de maîtrise", "Anne GIRARD, adjointe déléguée, emploi d'agent de maîtrise."],
    ["Mme", "conseiller", "rédacteur", "Anne GIRARD, conseillère municipale déléguée, emploi de rédacteur."],
    ["M.", "conseiller", "rédacteur", "Paul LEROY, conseiller municipal délégué, emploi de rédacteur."],
  ])("%s %s %s", (civilite, qualite, grade, text) => {
    const nom = civilite === "Mme" ? "Anne GIRARD" : "Paul LEROY";
    expect(renderClause(accord, { agent: { civilite, nom }, qualite, grade })).toEqual({ ok: true, text });
  });

  it("refuse l'accord avec une variable sans genre", () => {
    const wrong = clause("{qualite|grade}", [QUALITE, GRADE]);
    expect(renderClause(wrong, { qualite: "adjoint", grade: "x" })).toMatchObject({ ok: false });
  });
});
