import { atLeast, atMost, formatRate, rateOf } from "./rate";

describe("taux en points de base", () => {
  it("décide exactement « au moins 20 % » à la limite", () => {
    expect(atLeast(20_00, 100_00, 2000)).toBe(true);
    expect(atLeast(19_99, 100_00, 2000)).toBe(false);
  });
  it("reste exact au-delà de 2^53", () => {
    const whole = 900_000_000_000_000;
    expect(atMost(whole * 0.8, whole, 8000)).toBe(true);
    expect(atMost(whole * 0.8 + 1, whole, 8000)).toBe(false);
  });
  it("arrondit le taux au point de base et l'écrit à la française", () => {
    expect(rateOf(1, 3)).toBe(3333);
    expect(rateOf(5, 0)).toBeUndefined();
    expect(formatRate(3000)).toBe("30 %");
    expect(formatRate(3333)).toBe("33,33 %");
    expect(formatRate(2050)).toBe("20,5 %");
  });
});
