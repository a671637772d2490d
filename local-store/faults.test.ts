import { FaultInjector } from "./faults";

describe("FaultInjector", () => {
  it("applique une règle le nombre de fois voulu, sur la méthode et le chemin voulus", () => {
    const faults = new FaultInjector([{ kind: "throttle", method: "POST", path: "/items", times: 2 }]);
    expect(faults.pick("GET", "/v1.0/sites/x/lists/y/items")).toBeUndefined();
    expect(faults.pick("POST", "/v1.0/sites/x/lists/y/items")?.kind).toBe("throttle");
    expect(faults.pick("POST", "/v1.0/sites/x/lists/y/items")?.kind).toBe("throttle");
    expect(faults.pick("POST", "/v1.0/sites/x/lists/y/items")).toBeUndefined();
    expect(faults.injected).toHaveLength(2);
  });

  it("rejoue exactement la même suite de pannes aléatoires pour une même graine", () => {
    const run = () => {
      const faults = new FaultInjector();
      faults.random({ seed: 7, rate: 0.5, kinds: ["drop", "unavailable"] });
      return Array.from({ length: 40 }, () => faults.pick("GET", "/v1.0/x")?.kind ?? "-").join(",");
    };
    expect(run()).toBe(run());
    expect(run()).toMatch(/drop/);
  });

  it("ne lance dans un lot que des pannes de statut", () => {
    const faults = new FaultInjector();
    faults.random({ seed: 1, rate: 1, kinds: ["drop", "throttle"], scope: "both" });
    const kinds = new Set(Array.from({ length: 20 }, () => faults.pick("POST", "/v1.0/x", "batch-item")?.kind));
    expect([...kinds]).toEqual(["throttle"]);
  });
});
