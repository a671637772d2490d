import { convocationSendingProblem, defaultSendingDate } from "./convocation-deadline";

describe("la date d'envoi proposée", () => {
  it("est la date du jour avant la séance ; vide le jour de la séance ou après, avec la raison", () => {
    expect(defaultSendingDate("2026-12-05", "2026-11-20")).toBe("2026-11-20");
    expect(convocationSendingProblem("2026-12-05", 1, "2026-11-20", "2026-11-20")).toBeUndefined();
    expect(defaultSendingDate("2026-12-05", "2026-12-05")).toBe("");
    expect(defaultSendingDate("2026-12-05", "2026-12-06")).toBe("");
    expect(convocationSendingProblem("2026-12-05", 1, "", "2026-12-05")).toMatch(
      /^Indiquez la date d'envoi : la convocation précède la séance/,
    );
    expect(convocationSendingProblem("2026-12-05", 1, "", "2026-11-20")).toBe("Indiquez la date d'envoi.");
  });
});
