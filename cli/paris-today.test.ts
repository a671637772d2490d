import { spawnSync } from "node:child_process";
import path from "node:path";
import { systemClock } from "@shared/ports/clock";

const INSTANTS: readonly (readonly [string, string])[] = [
  ["2026-12-31T23:30:00Z", "2027-01-01"], // 00:30 in Paris (UTC+1): already the next year there
  ["2026-06-30T22:15:00Z", "2026-07-01"], // 00:15 in Paris (UTC+2, summer time)
  ["2026-06-30T21:59:00Z", "2026-06-30"], // 23:59 in Paris
  ["2026-03-29T00:59:00Z", "2026-03-29"], // the night summer time starts
  ["2026-10-24T22:30:00Z", "2026-10-25"], // the night it ends: still UTC+2 until 01:00 UTC
];

/**
 * parisToday sets the process's TZ, which Jest's sandboxed process.env never passes on to Node: it runs in a Node of
 * its own, as in the CLI, started in another zone so that a result read in the machine's zone would show.
 */
function parisTodayInNode(): string[] {
  const module = path.join(__dirname, "paris-today.ts");
  const instants = JSON.stringify(INSTANTS.map(([instant]) => instant));
  const script = `const { parisToday } = require(${JSON.stringify(module)});
    console.log(JSON.stringify(${instants}.map((i) => parisToday(new Date(i)))));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, TZ: "America/New_York" },
  });
  return JSON.parse(run.stdout) as string[];
}

describe("parisToday", () => {
  afterEach(() => jest.useRealTimers());

  it("donne la date du jour à Paris, comme l'horloge des compléments, aux minuits et changements d'heure", () => {
    const expected = INSTANTS.map(([, paris]) => paris);
    expect(parisTodayInNode()).toEqual(expected);
    expect(
      INSTANTS.map(([instant]) => {
        jest.useFakeTimers({ now: new Date(instant) });
        return systemClock.today();
      }),
    ).toEqual(expected);
  });
});
