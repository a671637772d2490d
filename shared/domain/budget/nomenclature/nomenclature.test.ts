import { chapitreOf, declinaisonOf, findPlan } from ".";

describe("plans de comptes", () => {
  it("reconnaît les déclinaisons des flux", () => {
    expect(declinaisonOf("M57-M57_A")).toBe("M57_A");
    expect(declinaisonOf("M14-M14_COM_500_3500")).toBe("M14_COM_500_3500");
    expect(declinaisonOf("M57_A")).toBe("M57_A");
  });

  it("choisit l'année exacte, sinon la plus proche antérieure", () => {
    expect(findPlan("M57_A", 2023)).toMatchObject({ exactYear: true, plan: { exer: 2023 } });
    expect(findPlan("M57-M57_A", 2026)).toMatchObject({ exactYear: false, plan: { exer: 2024 } });
    expect(findPlan("M14-M14_COM_500_3500", 2019)).toMatchObject({ exactYear: false, plan: { exer: 2021 } });
    expect(findPlan("M52", 2016)).toBeUndefined();
  });

  it("donne le chapitre de chaque mouvement (exemples de SOURCE.md)", () => {
    const comptes = findPlan("M57_A", 2024)?.plan.comptes;
    const c = (code: string) => {
      const compte = comptes?.get(code);
      if (!compte) throw new Error(code);
      return compte;
    };
    expect(chapitreOf(c("1068"), "R", "reel")).toBe("10");
    expect(chapitreOf(c("681"), "D", "reel")).toBe("68");
    expect(chapitreOf(c("681"), "D", "ordre")).toBe("042");
    expect(chapitreOf(c("73111"), "R", "reel")).toBe("731");
    expect(chapitreOf(c("1641"), "D", "ordre", "interieur")).toBe("041");
    expect(chapitreOf(c("6068"), "R", "reel")).toBe("");
    expect(c("10229")).toMatchObject({ supprime: true, feuille: false });
  });
});

describe("chargement d'un plan à la fois", () => {
  it("ne charge que le plan demandé, et refuse de vérifier avec un plan non chargé", async () => {
    // A registry of its own: the test setup has already loaded every plan into the shared one.
    const isolated: (typeof import("."))[] = [];
    jest.isolateModules(() => isolated.push(jest.requireActual<typeof import(".")>(".")));
    const [fresh] = isolated;
    if (!fresh) throw new Error("module non chargé");
    expect(() => fresh.findPlan("M57_A", 2024)).toThrow("Plan de comptes M57_A 2024 non chargé");
    await fresh.loadPlan("M57-M57_A", 2026);
    expect(fresh.findPlan("M57_A", 2026)).toMatchObject({
      exactYear: false,
      plan: { declinaison: "M57_A", exer: 2024 },
    });
    expect(() => fresh.findPlan("M57_D", 2024)).toThrow("non chargé");
    await fresh.loadPlan("M52", 2016);
    expect(fresh.findPlan("M52", 2016)).toBeUndefined();
    expect(fresh.supportedNomenclatures()).toHaveLength(6);
  });
});
