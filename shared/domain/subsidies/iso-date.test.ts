import { addMonths, formatDateFr } from "./iso-date";

describe("dates ISO", () => {
  it("ajoute des mois en ramenant au dernier jour du mois", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 24)).toBe("2026-02-28");
    expect(addMonths("2025-03-15", 3)).toBe("2025-06-15");
  });
  it("écrit la date à la française", () => {
    expect(formatDateFr("2025-03-01")).toBe("01/03/2025");
  });
});
