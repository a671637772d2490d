import { formatParisDateTime, parisDate, parisToUtc, parisWallClock } from "./paris-time";

describe("heure de Paris et UTC", () => {
  it("convertit une séance d'hiver (UTC+1) et d'été (UTC+2) dans les deux sens", () => {
    expect(parisToUtc("2026-12-05", "20:00")).toBe("2026-12-05T19:00:00Z");
    expect(parisToUtc("2026-06-12", "20:00")).toBe("2026-06-12T18:00:00Z");
    expect(parisWallClock("2026-12-05T19:00:00Z")).toEqual({ date: "2026-12-05", time: "20:00" });
    expect(parisWallClock("2026-06-12T18:00:00Z")).toEqual({ date: "2026-06-12", time: "20:00" });
  });

  it("une date UTC tard le soir tombe le lendemain à Paris", () => {
    expect(parisDate("2026-12-31T23:30:00Z")).toBe("2027-01-01");
  });

  it("écrit une date-heure comme on la lit à Paris, sans heure à minuit", () => {
    expect(formatParisDateTime("2026-12-13T18:00:00Z")).toBe("13/12/2026 à 19:00");
    expect(formatParisDateTime("2026-07-01T18:30:00Z")).toBe("01/07/2026 à 20:30");
    expect(formatParisDateTime("2026-11-30T23:00:00Z")).toBe("01/12/2026");
  });
});
