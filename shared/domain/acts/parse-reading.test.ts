import { parseAct } from "./parse";

/** Invented passages, laid out the way registers, scans and web copies of small communes lay them out. */
const act = (...lines: string[]) =>
  parseAct(["COMMUNE DE VILLERS-SUR-AUBE (invented)", "Séance du 12 mars 2024", ...lines, "DÉCIDE :"].join("\n"));

describe("décompte des conseillers", () => {
  it("libellé et nombre sur deux lignes : lu après son libellé", () => {
    const { counts } = act("Nombre de conseillers en exercice :", "15", "Présents :", "11", "Votants :", "13");
    expect(counts.enExercice).toMatchObject({ value: 15, line: 4 });
    expect(counts.presents).toMatchObject({ value: 11, line: 6 });
    expect(counts.votants?.value).toBe(13);
    expect(counts.presents?.how).toBeUndefined();
  });

  it("colonnes d'un tableau : déduit, dans l'ordre des titres", () => {
    const { counts } = act("En exercice   Présents   Votants", "15   11   13");
    expect(counts.enExercice).toMatchObject({ value: 15, how: "inferred" });
    expect(counts.presents).toMatchObject({ value: 11, how: "inferred" });
    expect(counts.votants).toMatchObject({ value: 13, how: "inferred" });
  });

  it("« Majorité absolue : N » est lu pour être recalculé", () => {
    expect(act("Votants : 13", "Majorité absolue : 7").majorite?.value).toBe(7);
  });
});

describe("pouvoirs", () => {
  it("liste séparée par des tirets", () => {
    const { pouvoirs } = act("Pouvoirs : M. Pierre BONNET à M. Paul LEROY - Mme Julie ROBIN à Mme Claire PETIT");
    expect(pouvoirs.map((p) => [p.mandant, p.mandataire])).toEqual([
      ["M. Pierre BONNET", "M. Paul LEROY"],
      ["Mme Julie ROBIN", "Mme Claire PETIT"],
    ]);
  });

  it("liste à puces sous un titre", () => {
    const { pouvoirs } = act(
      "Pouvoirs :",
      "- M. Pierre BONNET à M. Paul LEROY",
      "- Mme Julie ROBIN à Mme Claire PETIT",
    );
    expect(pouvoirs.map((p) => p.mandataire)).toEqual(["M. Paul LEROY", "Mme Claire PETIT"]);
  });

  it("« ayant donné pouvoir à »", () => {
    const { pouvoirs } = act("Absents excusés : M. Pierre BONNET ayant donné pouvoir à M. Paul LEROY");
    expect(pouvoirs[0]).toMatchObject({ mandant: "M. Pierre BONNET", mandataire: "M. Paul LEROY" });
  });
});

describe("nature de l'acte", () => {
  it("« extrait du registre des arrêtés du maire » : un arrêté, même sans « ARRÊTE » lisible", () => {
    const parsed = parseAct(
      [
        "EXTRAIT DU REGISTRE DES ARRÊTÉS DU MAIRE N° 2025/3 (inventé)",
        "portant interdiction de baignade",
        "Vu le code général des collectivités territoriales ;",
        "Article 1 La baignade est interdite.",
      ].join("\n"),
    );
    expect(parsed.kind).toBe("arrete");
  });
});

describe("visas et considérants", () => {
  it("à tirets ou à puces", () => {
    const parsed = act("- Vu le code général des collectivités territoriales ;", "• Considérant la nécessité d'agir ;");
    expect(parsed.visas).toHaveLength(1);
    expect(parsed.considerants).toHaveLength(1);
  });

  it("dans un même paragraphe", () => {
    const parsed = act(
      "Le conseil municipal, vu le code général des collectivités territoriales, considérant que la salle doit être rénovée, après en avoir délibéré,",
    );
    expect(parsed.visas[0]?.text).toMatch(/^vu le code général/);
    expect(parsed.considerants[0]?.text).toMatch(/^considérant que la salle/);
  });

  it("coupé sur deux lignes sans sa ponctuation : un seul visa, jusqu'au point-virgule", () => {
    const parsed = act(
      "VU les articles L. 2122-24 et L. 2212-2 du Code",
      "Général des Collectivités Territoriales ;",
      "Vu le code de la santé publique ;",
      "Considérant la qualité insuffisante des eaux ;",
    );
    expect(parsed.visas.map((v) => v.text)).toEqual([
      "VU les articles L. 2122-24 et L. 2212-2 du Code\nGénéral des Collectivités Territoriales ;",
      "Vu le code de la santé publique ;",
    ]);
    expect(parsed.visas[0]).toMatchObject({ line: 3 });
    expect(parsed.considerants).toHaveLength(1);
  });

  it("« VU » de la marge collé au visa, « Considérant » collé à son objet", () => {
    const parsed = act(
      "VUVu le code général des collectivités territoriales ;",
      "Considérantles pouvoirs de police du maire,",
    );
    expect(parsed.visas).toHaveLength(1);
    expect(parsed.considerants.map((c) => c.text)).toEqual(["Considérantles pouvoirs de police du maire,"]);
    expect(act("Considérations générales sur le budget").considerants).toEqual([]);
  });

  it("un visa ponctué ne se prolonge pas, une ligne qui ouvre le dispositif non plus", () => {
    const parsed = act(
      "Vu le code général des collectivités territoriales ;",
      "Le conseil municipal, après en avoir délibéré,",
    );
    expect(parsed.visas.map((v) => v.text)).toEqual(["Vu le code général des collectivités territoriales ;"]);
    const exposed = act(
      "Vu le code général des collectivités territoriales",
      "Le Maire expose le projet de la commission.",
    );
    expect(exposed.visas.map((v) => v.text)).toEqual(["Vu le code général des collectivités territoriales"]);
    expect(exposed.expose?.text).toBe("Le Maire expose le projet de la commission.");
    const cut = act("Vu le code général des collectivités territoriales", "Article 1er : la salle est louée.");
    expect(cut.visas.map((v) => v.text)).toEqual(["Vu le code général des collectivités territoriales"]);
    expect(cut.articles).toHaveLength(1);
  });
});
