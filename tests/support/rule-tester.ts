import type { Finding, Location, Rule, Severity } from "@shared/domain/rules";
import { runRules } from "@shared/domain/rules";

/** A case in which the rule must stay silent. */
export interface ValidCase<Subject> {
  readonly name: string;
  readonly subject: Subject;
  readonly date?: string;
}

/** What one expected finding must match; omitted fields are not checked. */
export interface ExpectedFinding {
  readonly severity?: Severity;
  /** A fragment of the rendered French message. */
  readonly message?: string | RegExp;
  readonly at?: Partial<Location>;
}

export interface InvalidCase<Subject> extends ValidCase<Subject> {
  readonly findings: readonly ExpectedFinding[];
}

const DEFAULT_DATE = "2025-06-15";

/**
 * ESLint's RuleTester for our rules: valid and invalid cases side by side, each run through the real runner,
 * so date-effectiveness and the downgrade of unverified rules are tested too.
 */
export function testRule<Subject>(
  rule: Rule<Subject>,
  cases: { valid: readonly ValidCase<Subject>[]; invalid: readonly InvalidCase<Subject>[] },
): void {
  describe(rule.meta.id, () => {
    if (cases.valid.length === 0 || cases.invalid.length === 0) {
      throw new Error(`${rule.meta.id}: give at least one valid and one invalid case`);
    }
    it.each(cases.valid.map((c) => [c.name, c] as const))("valide : %s", (_name, c) => {
      expect(runRules([rule], c.subject, { date: c.date ?? DEFAULT_DATE })).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("signalé : %s", (_name, c) => {
      const findings = runRules([rule], c.subject, { date: c.date ?? DEFAULT_DATE });
      expect(findings).toHaveLength(c.findings.length);
      c.findings.forEach((expected, index) => expectFinding(findings[index], expected, rule));
    });
  });
}

function expectFinding(actual: Finding | undefined, expected: ExpectedFinding, rule: Rule<unknown>): void {
  expect(actual).toBeDefined();
  if (!actual) return;
  expect(actual.rule).toBe(rule.meta.id);
  expect(actual.ref).toBe(rule.meta.ref);
  expect(actual.message).not.toMatch(/\{\w+\}/);
  if (expected.severity) expect(actual.severity).toBe(expected.severity);
  if (expected.message !== undefined) {
    if (typeof expected.message === "string") expect(actual.message).toContain(expected.message);
    else expect(actual.message).toMatch(expected.message);
  }
  if (expected.at) expect(actual.at).toMatchObject(expected.at);
}
