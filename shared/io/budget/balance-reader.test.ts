import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compteDeGestionOf, readBalanceComptable } from "./balance-reader";
import { sniffFormat } from "./read-budget-file";

const EXTRACT = readFileSync(
  join(__dirname, "../../../../shared/data/budgets/10_dgfip_balance_comptable_extrait_2024/balance_extrait.csv"),
  "utf8",
);

describe("balance comptable DGFiP", () => {
  it("est reconnue à son en-tête, quel que soit le nom du fichier", () => {
    expect(sniffFormat(Buffer.from(EXTRACT))).toBe("balance");
  });

  it("refuse l'extrait réel, qui mêle quatre communes, en disant quoi filtrer", () => {
    expect(() => readBalanceComptable(EXTRACT, "balance.csv")).toThrow(
      "la balance contient 4 budgets ; gardez les seules lignes du budget à vérifier (colonnes siren et cbudg)",
    );
  });

  it("lit les lignes d'un seul budget (Grenoble 2024) au centime", () => {
    const [header = "", ...rows] = EXTRACT.split(/\r?\n/);
    const grenoble = [header, ...rows.filter((r) => r.includes(";GRENOBLE;"))].join("\n");
    const balance = readBalanceComptable(grenoble, "grenoble.csv");
    expect(balance).toMatchObject({ exercice: 2024, siren: "213801855", nomenclature: "M57" });
    expect(balance.comptes.get("2111")).toEqual({ sd: 8_160_936_323, sc: 0 });
    expect(balance.comptes.get("1318")).toEqual({ sd: 0, sc: 95_284_739 });
  });

  it("donne les résultats du compte de gestion : classes 6-7 et report à nouveau ; classes 1-3 pour l'investissement", () => {
    const csv = [
      "exer;siren;cbudg;compte;bedeb;becre;sd;sc",
      "2024;210000000;1;73111;0;0;0;82000.00",
      "2024;210000000;1;6411;0;0;50000.00;0",
      "2024;210000000;1;110;0;0;0;3000.00",
      "2024;210000000;1;1641;0;0;0;100000.00",
      "2024;210000000;1;2183;0;0;80000.00;0",
      "2024;210000000;1;1068;0;0;0;5000.00",
      "2024;210000000;1;515;0;0;60000.00;0",
    ].join("\n");
    expect(compteDeGestionOf(readBalanceComptable(csv, "b.csv"))).toEqual({
      fonctionnement: 3_500_000,
      investissement: 2_500_000,
    });
  });
});
