import { WIDTH, barChartLayout, labelLines } from "./bar-chart-layout";

const everyBar = (layout: ReturnType<typeof barChartLayout>) => layout.groups.flatMap((g) => g.bars);

describe("barChartLayout", () => {
  it("draws nothing but a zero line at the labels' edge when there is no data, in a viewBox still one unit high", () => {
    const layout = barChartLayout(0, []);
    expect(layout.groups).toEqual([]);
    expect(layout.height).toBe(0);
    expect(layout.viewBoxHeight).toBe(1);
    expect(layout.zero).toBe(130);
  });

  it("starts positive bars at the zero line and scales the largest to the whole plot", () => {
    const layout = barChartLayout(2, [
      { label: "011", values: [100, 50] },
      { label: "012", values: [25, 0] },
    ]);
    expect(layout.zero).toBe(130);
    const [a, b, c] = everyBar(layout);
    expect(a).toMatchObject({ series: 0, value: 100, x: 130, width: 152, y: 0, height: 10, figureY: 9 });
    expect(b).toMatchObject({ series: 1, x: 130, width: 76, y: 12, figureY: 21 });
    expect(c?.width).toBe(38);
    expect(layout.groups.map((g) => g.top)).toEqual([0, 32]);
    expect(layout.height).toBe(64);
  });

  it("moves the zero line right of the labels when values are negative, negative bars ending on it", () => {
    const layout = barChartLayout(2, [{ label: "Solde", values: [300, -100] }]);
    expect(layout.zero).toBe(168);
    const [positive, negative] = everyBar(layout);
    expect(positive).toMatchObject({ x: 168, width: 114 });
    expect(negative).toMatchObject({ x: 130, width: 38, value: -100 });
  });

  it("puts the zero line at the plot's right end when every value is negative", () => {
    const layout = barChartLayout(1, [{ label: "Déficit", values: [-40] }]);
    expect(layout.zero).toBe(282);
    expect(everyBar(layout)[0]).toMatchObject({ x: 130, width: 152 });
  });

  it("shows a zero value as a hairline on the zero line, and all-zero data does not divide by zero", () => {
    const layout = barChartLayout(1, [{ label: "Rien", values: [0] }]);
    expect(layout.zero).toBe(130);
    expect(everyBar(layout)[0]).toMatchObject({ x: 130, width: 0.5 });
  });

  it("keeps a one-series group two label lines high, and centres one or two label lines on it", () => {
    const layout = barChartLayout(1, [
      { label: "65 Autres charges", values: [1] },
      { label: "011 Charges à caractère général", values: [2] },
    ]);
    expect(layout.groups.map((g) => g.top)).toEqual([0, 30]);
    expect(layout.groups[0]?.lines).toEqual([{ text: "65 Autres charges", y: 15 }]);
    expect(layout.groups[1]?.lines).toEqual([
      { text: "011 Charges à", y: 9.5 },
      { text: "caractère général", y: 20.5 },
    ]);
  });

  it("grows a group with its series: four series are 48 units high plus the gap", () => {
    const layout = barChartLayout(4, [
      { label: "a", values: [1, 2, 3, 4] },
      { label: "b", values: [1, 2, 3, 4] },
    ]);
    expect(layout.groups[1]?.top).toBe(56);
    expect(layout.groups[0]?.lines[0]?.y).toBe(28);
  });

  it("keeps every bar and figure inside the viewBox, which a 320 px pane scales down whole", () => {
    const layout = barChartLayout(3, [
      { label: "Un libellé très long qui ne tiendrait jamais sur deux lignes de vingt-deux", values: [9e9, -9e9, 1] },
      { label: "b", values: [-1, 0, 5e8] },
    ]);
    for (const bar of everyBar(layout)) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.labelX);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.figureX);
    }
    expect(layout.figureX).toBeLessThanOrEqual(WIDTH);
    expect(layout.groups[0]?.lines).toHaveLength(2);
  });
});

describe("labelLines", () => {
  it("leaves a label of 22 characters on one line", () => {
    expect(labelLines("1234567890123456789012")).toEqual(["1234567890123456789012"]);
  });

  it("cuts a word with no space early enough at 22 characters, and ends a longer rest with « … »", () => {
    const [first, second] = labelLines("Anticonstitutionnellementanticonstitutionnellement");
    expect(first).toBe("Anticonstitutionnellem");
    expect(second).toBe("entanticonstitutionne…");
  });

  it("keeps both lines within 22 characters for a very long label", () => {
    const lines = labelLines(`6${" chapitre".repeat(40)}`);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(22);
  });

  it("gives an empty label one empty line", () => {
    expect(labelLines("")).toEqual([""]);
  });
});
