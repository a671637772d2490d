/**
 * Faults the store can inject, for tests and the chaos proxy: `throttle` (429 with Retry-After), `unavailable` (503),
 * `delay`, `drop` (connection closed before handling) and `drop-after` (handled and stored, then closed unanswered:
 * the case where a client must not store twice what it retries).
 */
export type FaultKind = "throttle" | "unavailable" | "delay" | "drop" | "drop-after";

export interface FaultRule {
  readonly kind: FaultKind;
  /** Matched against the decoded path (substring or pattern); any path when absent. */
  readonly path?: string | RegExp;
  readonly method?: string;
  /** `batch-item` applies to the sub-requests of a $batch (throttle and unavailable only). */
  readonly scope?: "http" | "batch-item";
  /** How many times the rule fires; unlimited when absent. */
  readonly times?: number;
  readonly retryAfter?: string;
  readonly delayMs?: number;
}

export interface RandomFaults {
  readonly seed: number;
  /** Probability that a request gets a fault. */
  readonly rate: number;
  readonly kinds: readonly FaultKind[];
  /** Where random faults strike; batch items only get the kinds that are statuses (throttle, unavailable). */
  readonly scope?: "http" | "batch-item" | "both";
}

const STATUS_KINDS: ReadonlySet<FaultKind> = new Set(["throttle", "unavailable"]);

export interface InjectedFault {
  readonly kind: FaultKind;
  readonly method: string;
  readonly path: string;
}

/** Mulberry32: a tiny seeded generator, so a random fault run can be replayed exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private rules: { rule: FaultRule; left: number }[] = [];
  private chaos?: { options: RandomFaults; next: () => number };
  /** Every fault injected so far, in order. */
  readonly injected: InjectedFault[] = [];

  constructor(rules: readonly FaultRule[] = []) {
    rules.forEach((rule) => this.add(rule));
  }

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
  }

  random(options: RandomFaults): void {
    this.chaos = { options, next: seeded(options.seed) };
  }

  clear(): void {
    this.rules = [];
    this.chaos = undefined;
    this.injected.length = 0;
  }

  /** The fault for this request, if any; consumes one use of the rule that fires. */
  pick(method: string, path: string, scope: "http" | "batch-item" = "http"): FaultRule | undefined {
    const entry = this.rules.find(
      ({ rule, left }) => left > 0 && (rule.scope ?? "http") === scope && applies(rule, method, path),
    );
    let fault = entry?.rule;
    if (entry) entry.left -= 1;
    else if (this.chaos) fault = this.chaosFault(this.chaos, scope);
    if (fault) this.injected.push({ kind: fault.kind, method, path });
    return fault;
  }

  private chaosFault(
    chaos: { options: RandomFaults; next: () => number },
    scope: "http" | "batch-item",
  ): FaultRule | undefined {
    const wanted = chaos.options.scope ?? "http";
    const kinds = chaos.options.kinds.filter((kind) => scope === "http" || STATUS_KINDS.has(kind));
    if ((wanted !== "both" && wanted !== scope) || kinds.length === 0 || chaos.next() >= chaos.options.rate)
      return undefined;
    return { kind: kinds[Math.floor(chaos.next() * kinds.length)] ?? "unavailable", retryAfter: "1", delayMs: 20 };
  }
}

function applies(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === "string" ? path.includes(rule.path) : rule.path.test(path);
}
