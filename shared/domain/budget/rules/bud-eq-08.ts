import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** Comptes de tiers: the 4th digit tells the side (1 dépense, 2 recette): 4541/4542, 45411/45421, 4581xx/4582xx. */
const TIERS = ["454", "455", "456", "458"];

export default defineRule({
  meta: {
    id: "BUD-EQ-08",
    severity: "error",
    title: "Opérations pour compte de tiers équilibrées",
    ref: "Instruction M57 tome 2 (comptes 45)",
    verification: "M",
    messages: {
      unbalanced:
        "Opération pour compte de tiers {operation} : dépenses {d} (compte {depense}), recettes {r} (compte {recette}).",
    },
    note: "Catalogue EQ-08 ; équilibre par opération observé sur Mohon, non vérifié dans le texte.",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS", "DM", "CA"])) return;
    const totals = subject.index.natureTotals("credits", { section: "I", natures: TIERS });
    const pairs = new Map<string, { d: number; r: number; depense: string; recette: string }>();
    for (const [key, amount] of totals) {
      const [sens = "", nature = ""] = key.split("|");
      const side = nature[3];
      if ((sens === "D" && side !== "1") || (sens === "R" && side !== "2")) continue;
      const operation = nature.slice(0, 3) + "x" + nature.slice(4);
      const pair = pairs.get(operation) ?? {
        d: 0,
        r: 0,
        depense: `${nature.slice(0, 3)}1${nature.slice(4)}`,
        recette: `${nature.slice(0, 3)}2${nature.slice(4)}`,
      };
      if (sens === "D") pair.d += amount;
      else pair.r += amount;
      pairs.set(operation, pair);
    }
    for (const [operation, p] of pairs) {
      if (p.d === p.r) continue;
      context.report({
        messageId: "unbalanced",
        data: { operation, d: formatMoney(p.d), r: formatMoney(p.r), depense: p.depense, recette: p.recette },
        at: { section: "I", sens: "D", nature: p.depense },
      });
    }
  },
});
