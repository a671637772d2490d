import { checkAcknowledgement } from "./acknowledgement";

describe("accusé de réception de la préfecture", () => {
  const ok = "049-214900017-20250613-2025_012-DE";
  it.each([
    [ok, "2025-06-13", {}],
    ["AR 12", "2025-06-13", { note: expect.stringContaining("forme inhabituelle") as unknown }],
    [" ", "2025-06-13", { problem: expect.stringContaining("Indiquez l'identifiant") as unknown }],
    ["x".repeat(101), "2025-06-13", { problem: expect.stringContaining("100 caractères") as unknown }],
    ["a\nb", "2025-06-13", { problem: expect.stringContaining("une ligne") as unknown }],
    [ok, "2025-02-30", { problem: expect.stringContaining("jj/mm/aaaa") as unknown }],
    [ok, "2025-06-16", { problem: expect.stringContaining("postérieure") as unknown }],
    [ok, "2025-06-12", { problem: expect.stringContaining("précéder la transmission du 13/06/2025") as unknown }],
  ])("« %s » du %s", (id, date, expected) => {
    expect(checkAcknowledgement(id, date, "2025-06-13", "2025-06-15")).toEqual(expected);
  });
});
