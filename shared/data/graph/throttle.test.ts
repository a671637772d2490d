import { PENALTY_WINDOW_MS, rateLimitPause, ThrottleGate, throttledDelay, waitAfter } from "./throttle";

const headers = (values: Record<string, string>) => (name: string) => values[name];
const options = { now: 0, random: () => 0, baseDelayMs: 500, maxDelayMs: 30_000 };

describe("throttle", () => {
  it("sans Retry-After, un 429 attend au moins la fenêtre de pénalité, puis de plus en plus, avec gigue", () => {
    expect(throttledDelay(0, () => 0)).toBe(PENALTY_WINDOW_MS);
    expect(throttledDelay(0, () => 1)).toBe(2 * PENALTY_WINDOW_MS);
    expect(throttledDelay(3, () => 0)).toBe(8 * PENALTY_WINDOW_MS);
    expect(throttledDelay(10, () => 1)).toBe(16 * PENALTY_WINDOW_MS);
  });

  it("le Retry-After visible l'emporte ; un 503 sans lui recule comme d'habitude", () => {
    expect(waitAfter(429, headers({ "retry-after": "5" }), 0, options)).toBe(5000);
    expect(waitAfter(429, headers({}), 0, options)).toBe(PENALTY_WINDOW_MS);
    expect(waitAfter(503, headers({}), 0, options)).toBe(250);
  });

  it("les en-têtes RateLimit étalent les requêtes sur ce qui reste de la fenêtre", () => {
    expect(rateLimitPause(headers({ "ratelimit-remaining": "59", "ratelimit-reset": "30" }))).toBe(500);
    expect(rateLimitPause(headers({ "ratelimit-remaining": "0", "ratelimit-reset": "31" }))).toBe(31_000);
    expect(rateLimitPause(headers({ "ratelimit-remaining": "beaucoup", "ratelimit-reset": "31" }))).toBeUndefined();
    expect(rateLimitPause(headers({}))).toBeUndefined();
  });

  it("la porte garde l'échéance la plus lointaine", () => {
    const gate = new ThrottleGate();
    gate.hold(5000, 1000);
    gate.hold(1000, 2000);
    expect(gate.remaining(3000)).toBe(3000);
    expect(gate.remaining(10_000)).toBe(0);
  });
});
