import { backoffDelay, retryAfterMs } from "./backoff";

describe("backoff", () => {
  it("double le plafond à chaque essai, borné, avec une gigue d'au plus la moitié", () => {
    const options = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, { ...options, random: () => 1 }))).toEqual([
      1000, 2000, 4000, 5000, 5000,
    ]);
    expect(backoffDelay(1, { ...options, random: () => 0 })).toBe(1000);
  });

  it("lit Retry-After en secondes ou en date HTTP", () => {
    const now = Date.parse("2026-01-01T10:00:00Z");
    expect(retryAfterMs("5", now)).toBe(5000);
    expect(retryAfterMs("Thu, 01 Jan 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Thu, 01 Jan 2026 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("bientôt", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
