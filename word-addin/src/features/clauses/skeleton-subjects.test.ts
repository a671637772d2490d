import { SUBJECTS } from "@shared/domain/acts/clauses";
import { FIRST_SUBJECT, subjectsByActType } from "./skeleton-subjects";

describe("les actes à assembler", () => {
  const groups = subjectsByActType();

  it("offrent chaque sujet une fois, sous son type d'acte", () => {
    expect(groups.flatMap((g) => g.subjects).sort()).toEqual(Object.keys(SUBJECTS).sort());
    for (const { actType, subjects } of groups) for (const s of subjects) expect(SUBJECTS[s].actType).toBe(actType);
  });

  it.each([
    ["les délibérations d'abord", 0, "deliberation"],
    ["puis les arrêtés", 1, "arrete"],
  ] as const)("%s", (_case, index, actType) => {
    expect(groups[index]?.actType).toBe(actType);
  });

  it("proposent d'abord un acte qui existe", () => {
    expect(SUBJECTS[FIRST_SUBJECT]).toBeDefined();
  });
});
