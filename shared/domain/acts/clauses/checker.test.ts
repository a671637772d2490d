import { checkAct, findObsoleteReferences } from "../index";
import { EXAMPLE_OBJETS, EXAMPLE_VALUES } from "./example-values";
import { assembleSkeleton, renderSkeleton } from "./index";
import { SUBJECTS, type Subject } from "./subjects";

/** Rules about the references an act cites (obsolete visa, wrong authority, suppressed formalities). */
const REFERENCE_RULES = new Set(["DEL-008", "ARR-003", "PUB-005", "ARR-017"]);

function assembled(subject: Subject): string {
  const result = renderSkeleton(assembleSkeleton(SUBJECTS[subject].actType, subject), {
    ...EXAMPLE_VALUES,
    objet: EXAMPLE_OBJETS[subject],
  });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.text;
}

describe("un acte assemblé depuis la bibliothèque passe le contrôle des actes", () => {
  it.each(Object.keys(SUBJECTS) as Subject[])("%s", (subject) => {
    const text = assembled(subject);
    const report = checkAct(text, { today: "2025-06-15", population: 812 });
    expect(findObsoleteReferences(text, "2025-06-15")).toEqual([]);
    expect(report.kind).toBe(SUBJECTS[subject].actType);
    expect(report.act.missing).toEqual([]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.findings.filter((f) => REFERENCE_RULES.has(f.rule))).toEqual([]);
  });

  it("le contrôle lit bien les mentions de séance de la délibération assemblée", () => {
    const { act } = checkAct(assembled("tarifs-cantine"), { today: "2025-06-15", population: 812 });
    expect(act.date?.iso).toBe("2025-04-03");
    expect(act.convocation?.iso).toBe("2025-03-28");
    expect([act.counts.enExercice?.value, act.counts.presents?.value, act.counts.votants?.value]).toEqual([15, 11, 13]);
    expect(act.vote).toMatchObject({ pour: 12, contre: 1, abstentions: 0 });
    expect(act.signataire?.name).toBe("Jean DUPONT");
    expect(act.articles.map((a) => a.number)).toEqual([1, 2]);
  });

  it("une référence abrogée glissée dans l'acte assemblé est bien signalée (témoin)", () => {
    const text = assembled("creation-emploi").replace(
      "Vu le tableau des effectifs",
      "Vu la loi n° 84-53 du 26 janvier 1984 ;\nVu le tableau des effectifs",
    );
    const report = checkAct(text, { today: "2025-06-15", population: 812 });
    expect(report.findings.filter((f) => f.message.includes("loi n° 84-53")).map((f) => f.severity)).toEqual([
      "warning",
    ]);
  });
});
