import type { SheetBlock } from "../../../shared/ports/budget-workbook";

const HEADER = ["Section", "Sens", "Chapitre", "Nature", "Fonction", "Opération", "Libellé", "Type", "Crédits votés", "RAR", "Réalisé"];

/** The budget shown in the browser preview: a small commune's BP in M57 abrégée, with one deliberate imbalance. */
export const SAMPLE_BUDGET: SheetBlock = {
  sheet: "Budget",
  origin: "A1",
  values: [
    HEADER,
    ["F", "D", "011", "60611", "", "", "Eau et assainissement", "réel", 12000, 0, 0],
    ["F", "D", "012", "6411", "", "", "Personnel titulaire", "réel", 98000, 0, 0],
    ["F", "D", "65", "6531", "", "", "Indemnités des élus", "réel", 24500, 0, 0],
    ["F", "D", "023", "023", "", "", "Virement à la section d'investissement", "ordre", 30000, 0, 0],
    ["F", "R", "73", "73111", "", "", "Impôts directs locaux", "réel", 118000, 0, 0],
    ["F", "R", "74", "741211", "", "", "Dotation forfaitaire", "réel", 46500, 0, 0],
    ["I", "D", "21", "2151", "", "12", "Réfection de la voirie communale", "réel", 52000, 0, 0],
    ["I", "D", "16", "1641", "", "", "Remboursement du capital des emprunts", "réel", 8000, 0, 0],
    ["I", "R", "021", "021", "", "", "Virement de la section de fonctionnement", "ordre", 30000, 0, 0],
    ["I", "R", "13", "1341", "", "12", "DETR voirie", "réel", 20000, 0, 0],
    ["I", "R", "10", "10222", "", "", "FCTVA", "réel", 6000, 0, 0],
  ],
};

export const SAMPLE_DOCUMENT_SHEET: SheetBlock = {
  sheet: "Document",
  origin: "A1",
  values: [
    ["Clé", "Valeur"],
    ["Collectivité", "Saint-Aubin-sur-Loire"],
    ["Exercice", 2026],
    ["Document", "BP"],
    ["Nomenclature", "M57_A"],
    ["Population", 842],
  ],
};
