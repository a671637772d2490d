import { DELIBERATION, edit } from "@tests/fixtures/acts";
import { checkAct } from "./check-act";

/** Each reading capability of issue 11 on invented passages written the way communes write; findings by rule. */
const check = (text: string, population?: number) =>
  checkAct(text, { today: "2026-01-15", ...(population !== undefined ? { population } : {}) }).findings;
const of = (rule: string, text: string, population?: number) => check(text, population).filter((f) => f.rule === rule);

describe("preuve : erreur sur un fait libellé, « à vérifier » sur un fait déduit", () => {
  it("convocation tardive lue après son libellé : erreur, pointant la date", () => {
    const text = edit(DELIBERATION, "Date de convocation : 12/09/2023", "Date de convocation : 16/09/2023");
    const [late] = of("CM-006", text, 600);
    expect(late).toMatchObject({ severity: "error" });
    expect(late?.evidence).toBeUndefined();
    expect(text.slice(late?.at?.start, late?.at?.end)).toBe("16/09/2023");
  });

  it("décompte lu en colonnes : quorum manqué signalé « à vérifier », en citant la ligne lue", () => {
    const text = edit(
      DELIBERATION,
      "Nombre de conseillers en exercice : 15, présents : 11, votants : 13",
      "En exercice   Présents   Votants\n15   6   8",
    );
    const [quorum] = of("CM-012", text);
    expect(quorum).toMatchObject({ severity: "warning", evidence: { kind: "inferred", read: "15 6 8" } });
    expect(quorum?.message).toMatch(/^À vérifier : .*\(lu : « 15 6 8 »\)$/);
  });
});

describe("séance", () => {
  it("un jour de semaine qui contredit la date est signalé", () => {
    const text = edit(DELIBERATION, "L'an deux mil vingt-trois, le dix-huit septembre", "Le mardi 18 septembre 2023");
    expect(of("DEL-001", text).map((f) => f.message)).toContainEqual(expect.stringContaining("était un lundi"));
  });

  it("un titre daté autrement que le corps est signalé", () => {
    const text = edit(
      DELIBERATION,
      "Délibération n° 2023-045",
      "Délibération n° 2023-045\nSÉANCE DU 11 SEPTEMBRE 2023",
    );
    expect(of("DEL-001", text).map((f) => f.message)).toContainEqual(expect.stringContaining("11/09/2023"));
  });

  it("« Majorité absolue : N » faux est signalé, juste il ne l'est pas", () => {
    const vote = "Vote : Pour : 12 Contre : 1 Abstention : 0";
    expect(of("DEL-003", edit(DELIBERATION, vote, `Majorité absolue : 7\n${vote}`))).toEqual([]);
    expect(of("DEL-003", edit(DELIBERATION, vote, `Majorité absolue : 9\n${vote}`))[0]?.message).toContain("Majorité");
  });
});

describe("ordre du jour", () => {
  const at = "Le Maire expose au conseil municipal";
  it.each([
    "Le conseil accepte l'inscription de deux questions supplémentaires.",
    "Le Maire souhaite rajouter un point à l'ordre du jour.",
  ])("point ajouté : « %s »", (sentence) => {
    expect(of("CM-011", edit(DELIBERATION, at, `${sentence}\n${at}`))[0]).toMatchObject({ severity: "error" });
  });

  it("ni un retrait ni une inversion de points", () => {
    const text = edit(
      DELIBERATION,
      at,
      `Le Maire propose de retirer un point ajouté par erreur à l'ordre du jour.\n${at}`,
    );
    expect(of("CM-011", text)).toEqual([]);
  });

  it("une décision sous « Questions diverses » est « à vérifier »", () => {
    const text = edit(DELIBERATION, "Le Conseil Municipal, après", "Questions diverses\nLe Conseil Municipal, après");
    expect(of("CM-011", text)[0]).toMatchObject({ severity: "warning", evidence: { kind: "inferred" } });
  });
});

describe("dispositif et périodes", () => {
  it("une date d'effet passée dans l'exposé n'est pas une rétroactivité", () => {
    const text = edit(
      DELIBERATION,
      "Le Maire expose au conseil municipal",
      "Le Maire rappelle que la loi s'applique à compter du 1er janvier 2023.\nLe Maire expose au conseil municipal",
    );
    expect(of("DEL-026", text)).toEqual([]);
  });

  it("« du 15 au 24 janvier inclus » ou « jusqu'à la fin des travaux » donnent une fin", () => {
    const arrete = (period: string) =>
      [
        "COMMUNE DE VILLERS-SUR-AUBE (invented)",
        "ARRÊTÉ N° 2024-18 portant réglementation temporaire du stationnement",
        "Vu le code général des collectivités territoriales, notamment ses articles L2213-1 et L2213-2 ;",
        "Considérant la fête communale ;",
        "ARRÊTE :",
        `Article 1er : Le stationnement est interdit place de la Mairie${period}.`,
        "Fait à Villers-sur-Aube, le 10 janvier 2024",
        "Le Maire,",
      ].join("\n");
    const end = (text: string) => of("ARR-006", text).filter((f) => f.message.includes("sans date de fin"));
    expect(end(arrete(""))).toHaveLength(1);
    expect(end(arrete(" du 15 au 24 janvier inclus"))).toEqual([]);
    expect(end(arrete(" jusqu'à la fin des travaux"))).toEqual([]);
    expect(end(arrete(" pendant toute la durée de la fête communale"))).toEqual([]);
  });
});

describe("arrêtés classés par leur contenu", () => {
  it("une fermeture de route relève de la police de la circulation, non transmissible", () => {
    const text = [
      "COMMUNE DE VILLERS-SUR-AUBE (invented)",
      "ARRÊTÉ N° 2024-17 de police de la circulation portant fermeture de la rue des Écoles",
      "Le Maire de Villers-sur-Aube,",
      "Vu le code général des collectivités territoriales, notamment ses articles L2213-1 et L2213-2 (police de la circulation) ;",
      "Considérant les travaux de réfection de la chaussée ;",
      "ARRÊTE :",
      "Article 1er : La rue des Écoles est barrée du 15 au 24 janvier 2024 inclus.",
      "Fait à Villers-sur-Aube, le 10 janvier 2024",
      "Le Maire,",
    ].join("\n");
    expect(of("ARR-012", text)).toEqual([]);
    expect(of("ARR-019", text)).toEqual([]);
  });
});

describe("visas", () => {
  it("un code qui n'existe pas est signalé, un code réel ne l'est pas", () => {
    const visa = "Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;";
    expect(of("DEL-008", DELIBERATION).filter((f) => f.message.includes("n'existe pas"))).toEqual([]);
    const text = edit(DELIBERATION, visa, `${visa}\nVu le code municipal des communes rurales ;`);
    expect(of("DEL-008", text).map((f) => f.message)).toContainEqual(expect.stringContaining("n'existe pas"));
  });

  it("un code inexistant coupé sur deux lignes est signalé, un code réel coupé ne l'est pas", () => {
    const visa = "Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;";
    const cut = (code: string) =>
      of("DEL-008", edit(DELIBERATION, visa, `${visa}\nVu l'article L. 2212-2 du Code\n${code} ;`)).filter((f) =>
        f.message.includes("n'existe pas"),
      );
    expect(cut("Général des Collectivités Locales").map((f) => f.message)).toEqual([
      expect.stringContaining("Général des Collectivités Locales"),
    ]);
    expect(cut("Général des Collectivités Territoriales")).toEqual([]);
  });

  it("le code des marchés publics est daté comme abrogé", () => {
    const visa = "Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;";
    const text = edit(DELIBERATION, visa, `${visa}\nVu le code des marchés publics ;`);
    expect(of("DEL-008", text).map((f) => f.message)).toContainEqual(expect.stringContaining("commande publique"));
  });
});

describe("écritures relevées sur des actes publiés (phrases inventées sur leur modèle)", () => {
  const at = "Le Maire expose au conseil municipal";
  it.each([
    "Le Maire demande à ce que 3 points soient ajoutés à l'ordre du jour, ce qui est accepté.",
    "Les membres conviennent à l'unanimité d'ajouter 2 délibérations à l'ordre du jour.",
    "Il a été rajouté à l'ordre du jour : vente d'un terrain.",
    "Le Maire informe les conseillers de l'ajout d'un ordre du jour : travaux d'éclairage.",
  ])("point ajouté : « %s »", (sentence) => {
    expect(of("CM-011", edit(DELIBERATION, at, `${sentence}\n${at}`))).toHaveLength(1);
  });

  it("« loi n° 82.213 » et un code au nom allongé sont signalés", () => {
    const visa = "Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;";
    const text = edit(
      DELIBERATION,
      visa,
      `${visa}\nVu la loi n° 82.213 du 2 mars 1982 ;\nVu le code général de la fonction publique territoriale ;`,
    );
    const messages = of("DEL-008", text).map((f) => f.message);
    expect(messages).toContainEqual(expect.stringContaining("82.213"));
    expect(messages).toContainEqual(expect.stringContaining("fonction publique territoriale"));
  });
});

describe("nature de l'acte et codes cités en abrégé", () => {
  const arrete = [
    "Règlement du cimetière (acte inventé)",
    "SELON DÉLIBÉRATION 2016 003",
    "Nous, Maire de la commune de Villers-sur-Aube,",
    "Vu le code général des collectivités territoriales ;",
    "Vu le code de la construction art L. 511-4-1 ;",
    "ARRÊTONS :",
    "Article 1er : Le présent règlement s'applique au cimetière communal.",
  ].join("\n");

  it("« Nous, Maire » ouvre un arrêté", () => {
    expect(checkAct(arrete, { today: "2016-12-31" }).kind).toBe("arrete");
  });

  it("un code cité par ses premiers mots n'est pas un code inconnu", () => {
    expect(of("ARR-003", arrete).filter((f) => f.message.includes("n'existe pas"))).toEqual([]);
  });
});
