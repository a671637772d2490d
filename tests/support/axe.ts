import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now, each as "rule (n) first-target" so that a
 * failure says where to look. axe is evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> } };
    // Tabster's focus sentinels are aria-hidden and focusable on purpose: they pass focus on and are not content.
    return (await axe.run({ exclude: [["[data-tabster-dummy]"]] })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes[0]?.target ?? [])}`);
}
