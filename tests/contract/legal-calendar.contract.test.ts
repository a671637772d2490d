import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "@cli/main";
import { budgetVoteDeadline, compteVoteDeadline } from "@shared/domain/calendar";
import { addDays } from "@shared/domain/common";
import { runRules } from "@shared/domain/rules";
import cm032 from "@shared/domain/council/rules/cm-032";
import { seanceSubject } from "@shared/domain/council/sample-seance";
import { cockpitItems } from "@teams-app/src/features/cockpit/cockpit";
import { commune } from "@teams-app/src/testing/records";

/** The cockpit, the CLI (BUD-CAL-01/03 on a file) and the séance checker (CM-032) must name the same deadlines. */
const YEARS = Array.from({ length: 15 }, (_, i) => 2019 + i);
const BASE = readFileSync(join(__dirname, "../fixtures/budgets/bp-equilibre.csv"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "mairie-calendar-"));

const fr = (isoDate: string) => isoDate.split("-").reverse().join("/");

async function cliRules(type: "BP" | "CA", exercice: number, dateVote: string): Promise<string[]> {
  const file = join(dir, `${type}-${exercice}-${dateVote}.csv`);
  writeFileSync(
    file,
    BASE.replace("# Type;BP", `# Type;${type}`)
      .replace("# Exercice;2024", `# Exercice;${exercice}`)
      .replace(/# Date de vote;.*/, `# Date de vote;${fr(dateVote)}`),
  );
  const out: string[] = [];
  await main(["check-budget", "--json", file], { out: (t) => out.push(t), err: () => undefined, today: "2034-01-01" });
  const [report] = JSON.parse(out.join("")) as { findings: { rule: string; severity: string }[] }[];
  return (report?.findings ?? []).filter((f) => f.severity !== "info").map((f) => f.rule);
}

function seanceLate(kind: "budget-primitif" | "compte-administratif", exercice: number, date: string): boolean {
  const subject = seanceSubject((s) => {
    s.date = date;
    s.points = [{ subject: "Budget", kind, exercice }];
  });
  return runRules([cm032], subject, { date }).some((f) => f.rule === "CM-032" && !/DOB|débat/i.test(f.message));
}

describe("un seul calendrier légal pour le cockpit, la commande mairie et les vérificateurs (2019–2033)", () => {
  it.each(YEARS)("budget primitif %i", async (year) => {
    const { due } = budgetVoteDeadline(year);
    const items = cockpitItems({
      today: `${year}-01-01`,
      communes: [commune],
      seances: [],
      echeances: [],
      actes: [],
      subventions: [],
    });
    expect(items.find((i) => i.kind === "budget")?.due).toBe(due);
    expect(await cliRules("BP", year, due)).not.toContain("BUD-CAL-01");
    expect(await cliRules("BP", year, addDays(due, 1))).toContain("BUD-CAL-01");
    expect(seanceLate("budget-primitif", year, due)).toBe(false);
    expect(seanceLate("budget-primitif", year, addDays(due, 1))).toBe(true);
  });

  it.each(YEARS)("compte de l'exercice %i", async (year) => {
    const { due } = compteVoteDeadline(year);
    const items = cockpitItems({
      today: `${year + 1}-01-01`,
      communes: [commune],
      seances: [],
      echeances: [],
      actes: [],
      subventions: [],
    });
    expect(items.find((i) => i.kind === "compte")?.due).toBe(due);
    expect(await cliRules("CA", year, due)).not.toContain("BUD-CAL-03");
    expect(await cliRules("CA", year, addDays(due, 1))).toContain("BUD-CAL-03");
    expect(seanceLate("compte-administratif", year, due)).toBe(false);
    expect(seanceLate("compte-administratif", year, addDays(due, 1))).toBe(true);
  });
});
