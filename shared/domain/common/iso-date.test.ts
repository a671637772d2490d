import {
  addDays,
  addMonths,
  daysBetween,
  formatDateFr,
  isIsoDate,
  quarterIndex,
  quarterLabel,
  weekday,
} from "./iso-date";

describe("dates civiles", () => {
  it("reconnaît les vraies dates", () => {
    expect(["2024-02-29", "2025-02-29", "2025-13-01", "25-01-01"].map(isIsoDate)).toEqual([true, false, false, false]);
  });
  it("compte et ajoute des jours calendaires", () => {
    expect(daysBetween("2025-03-28", "2025-04-04")).toBe(7);
    expect(addDays("2025-12-29", 7)).toBe("2026-01-05");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-11-15", 2)).toBe("2026-01-15");
  });
  it("jour de la semaine et trimestres", () => {
    expect(weekday("2025-05-06")).toBe(2);
    expect(quarterIndex("2025-04-01") - quarterIndex("2025-03-31")).toBe(1);
    expect(quarterIndex("2026-01-01") - quarterIndex("2025-12-31")).toBe(1);
    expect(quarterLabel(quarterIndex("2025-08-14"))).toBe("T3 2025");
    expect(formatDateFr("2025-03-28")).toBe("28/03/2025");
  });
});
