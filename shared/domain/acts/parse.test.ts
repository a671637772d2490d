import { ARRETE, DELIBERATION, edit } from "@tests/fixtures/acts";
import { parseAct } from "./parse";

describe("parseAct — délibération", () => {
  const act = parseAct(DELIBERATION);
  const slice = (span: { start: number; end: number } | undefined) =>
    span ? DELIBERATION.slice(span.start, span.end) : undefined;

  it("reconnaît une délibération complète", () => {
    expect(act.kind).toBe("deliberation");
    expect(act.missing).toEqual([]);
  });

  it("lit la séance : date en lettres, convocation, décompte, vote", () => {
    expect(act.date).toMatchObject({ iso: "2023-09-18", line: 9 });
    expect(slice(act.date)).toBe("dix-huit septembre");
    expect(act.convocation).toMatchObject({ iso: "2023-09-12", line: 11 });
    expect(act.counts.enExercice?.value).toBe(15);
    expect(act.counts.presents?.value).toBe(11);
    expect(act.counts.votants?.value).toBe(13);
    expect(slice(act.counts.votants)).toBe("13");
    expect(act.vote).toMatchObject({ pour: 12, contre: 1, abstentions: 0, line: 35 });
  });

  it("lit les noms : pouvoirs, secrétaire, signataire", () => {
    expect(act.pouvoirs.map((p) => [p.mandant, p.mandataire])).toEqual([
      ["M. Pierre BONNET", "M. Paul LEROY"],
      ["Mme Julie ROBIN", "Mme Claire PETIT"],
    ]);
    expect(act.secretaire?.text).toContain("Marie LEFEBVRE");
    expect(act.signataire).toMatchObject({ qualite: "Le Maire", name: "Jean DUPONT" });
  });

  it("lit les visas, considérants, articles et mentions", () => {
    expect(act.visas).toHaveLength(2);
    expect(act.considerants).toHaveLength(2);
    expect(act.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(act.numero?.text).toBe("2023-045");
    expect(act.mentions.transmission?.iso).toBe("2023-09-20");
    expect(act.mentions.publication?.iso).toBe("2023-09-21");
    expect(act.mentions.recours?.line).toBe(42);
  });

  it("lit les autres écritures courantes", () => {
    const other = parseAct(
      edit(
        edit(
          DELIBERATION,
          "Nombre de conseillers en exercice : 15, présents : 11, votants : 13",
          "Membres en exercice : 15\nPrésents : 11\nReprésentés : 2\nVotants : 13",
        ),
        "Vote : Pour : 12 Contre : 1 Abstention : 0",
        "Adopté par 12 voix pour, 1 voix contre et 2 abstentions.",
      ).replace("Pouvoir de M. Pierre BONNET à M. Paul LEROY", "M. Pierre BONNET a donné pouvoir à M. Paul LEROY"),
    );
    expect(other.counts.representes?.value).toBe(2);
    expect(other.vote).toMatchObject({ pour: 12, contre: 1, abstentions: 2 });
    expect(other.pouvoirs[0]).toMatchObject({ mandant: "M. Pierre BONNET", mandataire: "M. Paul LEROY" });
  });

  it("ne prend pas l'affichage de la convocation pour la publication de l'acte", () => {
    const withNotice = edit(
      DELIBERATION,
      "Date de convocation : 12/09/2023",
      "Date de convocation : 12/09/2023\nDate d'affichage de la convocation : 12/09/2023",
    );
    const publication = parseAct(withNotice).mentions.publication;
    expect(publication?.iso).toBe("2023-09-21");
    expect(publication?.text).toContain("site internet");
    const withoutPublication = withNotice.replace(/^Publiée sur le site.*$/m, "");
    expect(parseAct(withoutPublication).mentions.publication).toBeUndefined();
  });
});

describe("parseAct — arrêté", () => {
  const act = parseAct(ARRETE);

  it("reconnaît un arrêté et sa date de signature", () => {
    expect(act.kind).toBe("arrete");
    expect(act.missing).toEqual([]);
    expect(act.date?.iso).toBe("2024-04-05");
    expect(act.numero?.text).toBe("AR-2024-017");
    expect(act.objet?.text).toMatch(/^portant réglementation temporaire/);
    expect(act.dispositif?.text).toBe("ARRÊTE :");
    expect(act.articles).toHaveLength(6);
    expect(act.faitA?.iso).toBe("2024-04-05");
  });
});

describe("parseAct — entrées étranges", () => {
  it.each([
    ["vide", ""],
    ["binaire", String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256))],
    ["une seule très longue ligne", "Vu ".repeat(200_000)],
    ["retours chariot seuls", "Objet : test\rPrésents : 3\r\rARRÊTE :"],
  ])("%s : ne lève pas d'exception et dit ce qui manque", (_name, text) => {
    const act = parseAct(text);
    expect(["deliberation", "arrete"]).toContain(act.kind);
    expect(act.missing.length).toBeGreaterThan(5);
  });

  it("une valeur qui n'est pas du texte donne un acte vide", () => {
    expect(parseAct(undefined as unknown as string).missing).toContain("date");
  });
});
