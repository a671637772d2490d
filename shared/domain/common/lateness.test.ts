import { lateness } from "./lateness";

describe("retard d'une échéance", () => {
  it("n'est pas en retard le jour même, l'est d'un jour le lendemain", () => {
    expect(lateness("2026-10-09", "2026-10-09")).toEqual({ late: false, lateDays: 0 });
    expect(lateness("2026-10-09", "2026-10-10")).toEqual({ late: true, lateDays: 1 });
    expect(lateness("2026-10-09", "2026-09-30")).toEqual({ late: false, lateDays: 0 });
  });
});
