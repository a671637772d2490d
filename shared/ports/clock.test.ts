import { systemClock } from "./clock";

describe("systemClock", () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ["2026-12-31T23:30:00Z", "2027-01-01"], // 00:30 in Paris (UTC+1): already the next year there
    ["2026-06-30T22:15:00Z", "2026-07-01"], // 00:15 in Paris (UTC+2, summer time)
    ["2026-06-30T21:59:00Z", "2026-06-30"], // 23:59 in Paris
  ])("à %s UTC, la date du jour à Paris est le %s", (instant, paris) => {
    jest.useFakeTimers({ now: new Date(instant) });
    expect(systemClock.today()).toBe(paris);
  });
});
