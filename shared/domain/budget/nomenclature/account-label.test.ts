import { accountLabel, expandPlan, findPlan } from ".";

const m57a = () => {
  const plan = findPlan("M57_A", 2024)?.plan;
  if (!plan) throw new Error("plan M57_A 2024 absent");
  return plan;
};

// A plan of its own: a compte without label, under a parent that has one.
const tiny = expandPlan({
  norme: "M57",
  declinaison: "TEST",
  exer: 2024,
  chapitres: [],
  comptes: ["60|||||||||Achats", "606|||||||||", "6061|011||||||L||Fournitures non stockables"],
});

describe("accountLabel : le libellé officiel d'une nature", () => {
  it("donne le libellé du compte exact du plan", () => {
    expect(accountLabel(m57a(), "60611")).toBe("Eau et assainissement");
    expect(accountLabel(m57a(), "1068")).toBe("Excédents de fonctionnement capitalisés");
    expect(accountLabel(m57a(), " 73111 ")).toBe("Impôts directs locaux");
  });

  it("prend celui du compte parent le plus proche pour une subdivision que le plan ne connaît pas", () => {
    expect(accountLabel(m57a(), "606119")).toBe("Eau et assainissement");
    expect(accountLabel(tiny, "60619")).toBe("Fournitures non stockables");
    expect(accountLabel(tiny, "6065")).toBe("Achats");
  });

  it("ne donne rien pour une nature absente du plan, même par ses parents, ni pour une nature illisible", () => {
    expect(accountLabel(m57a(), "99999")).toBeUndefined();
    expect(accountLabel(tiny, "70")).toBeUndefined();
    expect(accountLabel(m57a(), "")).toBeUndefined();
    expect(accountLabel(m57a(), "6061a")).toBeUndefined();
    expect(accountLabel(m57a(), "6".repeat(13))).toBeUndefined();
  });

  it("garde les libellés du plan sur une ligne et bornés", () => {
    const libelles = [...m57a().comptes.values()].map((c) => c.libelle ?? "");
    expect(libelles.filter((l) => l === "")).toEqual([]);
    expect(libelles.filter((l) => /[|\n\u0080-\u009f]/.test(l) || l.length > 200 || l !== l.trim())).toEqual([]);
  });
});
