import { parseAct } from "./parse";

/** Invented séance headers, written the way registers and web copies of small communes write them. */
function head(...lines: string[]): string {
  return ["COMMUNE DE VILLERS-SUR-AUBE (invented)", "Délibération n° 2024-012", ...lines, "DÉCIDE :"].join("\n");
}

describe("date de convocation : seulement celle qu'une formule de convocation introduit", () => {
  it.each([
    ["Date de convocation : 7 mars 2024", "2024-03-07"],
    ["Date de la convocation : 07/03/2024", "2024-03-07"],
    ["Le conseil municipal, légalement convoqué le 7 mars 2024, s'est réuni le 12 mars 2024.", "2024-03-07"],
    ["Sur convocation du 7 mars 2024, le conseil s'est réuni le 12 mars 2024.", "2024-03-07"],
    ["Convocation adressée aux conseillers le jeudi 7 mars 2024", "2024-03-07"],
  ])("« %s »", (line, iso) => {
    const act = parseAct(head("L'an deux mille vingt-quatre, le douze mars, le conseil municipal s'est réuni.", line));
    expect(act.convocation).toMatchObject({ iso, how: "labelled" });
    expect(act.date?.iso).toBe("2024-03-12");
  });

  it("n'y prend jamais la date de la séance (« dûment convoqué, s'est réuni le … »)", () => {
    const act = parseAct(head("Le conseil municipal, dûment convoqué, s'est réuni le 12 mars 2024 à 20 h."));
    expect(act.convocation).toBeUndefined();
    expect(act.date?.iso).toBe("2024-03-12");
  });

  it("ni un numéro d'acte en forme de date, ni un visa, ni la séance dont on approuve le procès-verbal", () => {
    const act = parseAct(
      [
        "Délibération n° 2024-03-01",
        "Séance du 12 mars 2024, le conseil municipal s'est réuni sur convocation.",
        "Vu la convocation du 1er février 2024 ;",
        "Le conseil approuve le procès-verbal de la séance du 5 février 2024.",
        "DÉCIDE :",
      ].join("\n"),
    );
    expect(act.convocation).toBeUndefined();
    expect(act.date?.iso).toBe("2024-03-12");
    expect(act.dates.map((d) => d.iso)).not.toContain("2024-03-01");
  });

  it("lit un libellé dont la date est à la ligne suivante", () => {
    const act = parseAct(
      head("L'an deux mille vingt-quatre, le douze mars, séance.", "Date de convocation :", "7 mars 2024"),
    );
    expect(act.convocation).toMatchObject({ iso: "2024-03-07", how: "labelled", line: 5 });
  });

  it("complète l'année d'une convocation sans année par celle de la séance, comme un fait déduit", () => {
    const act = parseAct(head("Sur convocation du 7 mars, le conseil s'est réuni le 12 mars 2024."));
    expect(act.convocation).toMatchObject({ iso: "2024-03-07", how: "inferred" });
    const december = parseAct(head("Convoqué le 28 décembre, le conseil s'est réuni le 3 janvier 2024."));
    expect(december.convocation?.iso).toBe("2023-12-28");
  });

  it("tient une date d'affichage de la convocation pour un indice seulement", () => {
    const act = parseAct(head("Séance du 12 mars 2024", "Affichage de la convocation le 7 mars 2024"));
    expect(act.convocation).toMatchObject({ iso: "2024-03-07", how: "inferred" });
  });
});

describe("date de la séance écrite de toutes les façons", () => {
  it("en lettres sans « L'an »", () => {
    const act = parseAct(head("Le douze mars deux mille vingt-quatre, le conseil municipal s'est réuni à 20 h."));
    expect(act.date).toMatchObject({ iso: "2024-03-12" });
    expect(act.date?.how).toBeUndefined();
  });

  it("année collée au mois (« 3 mars2024 »)", () => {
    expect(parseAct(head("Séance du 3 mars2024")).date?.iso).toBe("2024-03-03");
  });

  it("le corps l'emporte sur un titre qui le contredit, et le titre est gardé pour le signaler", () => {
    const act = parseAct(
      head("SÉANCE DU 12 MARS 2024", "L'an deux mille vingt-quatre, le quatorze mars, le conseil s'est réuni."),
    );
    expect(act.date?.iso).toBe("2024-03-14");
    expect(act.titleDate?.iso).toBe("2024-03-12");
  });

  it("une date seulement trouvée en tête, sans formule de séance, est déduite", () => {
    const act = parseAct(["COMMUNE DE X (invented)", "Le 12 mars 2024", "Objet : tarifs", "DÉCIDE :"].join("\n"));
    expect(act.date).toMatchObject({ iso: "2024-03-12", how: "inferred" });
  });
});

describe("formule de convocation coupée en fin de ligne", () => {
  it("la date de la ligne suivante suivie de « s'est réuni » est celle de la séance", () => {
    const act = parseAct(
      head(
        "LUNDI 16 JANVIER 2023",
        "Le Conseil municipal, légalement convoqué",
        "le 16 janvier 2023, s'est réuni en session ordinaire à 20h45.",
      ),
    );
    expect(act.convocation).toBeUndefined();
    expect(act.date?.iso).toBe("2023-01-16");
  });

  it("sans libellé, une date prise à la ligne suivante est déduite", () => {
    const act = parseAct(head("Séance du 16 janvier 2023", "Le conseil a été convoqué", "le 10 janvier 2023."));
    expect(act.convocation).toMatchObject({ iso: "2023-01-10", how: "inferred" });
  });
});
