import { render } from "@testing-library/react";
import { BarChart } from "./BarChart";
import { labelLines } from "./bar-chart-layout";

describe("BarChart", () => {
  it("writes each bar's figure beside it and keeps the whole label as the group's tooltip", () => {
    const { container } = render(
      <BarChart
        title="Dépenses de fonctionnement"
        description="Par chapitre, crédits votés et réalisés."
        series={[{ name: "Voté" }, { name: "Réalisé" }]}
        groups={[{ label: "011 Charges à caractère général et services extérieurs", values: [120_000, -3_500] }]}
        format={(v) => `${v} €`}
      />,
    );
    const svg = container.querySelector("svg");
    expect(svg?.querySelector("title")?.textContent).toBe("011 Charges à caractère général et services extérieurs");
    const texts = [...(svg?.querySelectorAll("text") ?? [])].map((t) => t.textContent);
    expect(texts).toContain("120000 €");
    expect(texts).toContain("-3500 €");
  });

  it("cuts a long label into two lines at a space, and ends a longer one with « … »", () => {
    expect(labelLines("65 Autres charges")).toEqual(["65 Autres charges"]);
    expect(labelLines("011 Charges à caractère général")).toEqual(["011 Charges à", "caractère général"]);
    const [first, second] = labelLines("012 Charges de personnel et frais assimilés de la commune");
    expect(first).toBe("012 Charges de");
    expect(second?.endsWith("…")).toBe(true);
    expect(second?.length).toBeLessThanOrEqual(22);
  });
});
