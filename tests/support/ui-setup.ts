import { configure } from "@testing-library/react";

// A UI test waits for a state, not a clock: testing-library's default of one second made `findBy…` fail on a loaded
// two-core machine while the view was still on its way. The jest test timeout stays the only bound.
configure({ asyncUtilTimeout: 25_000 });

/** jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow long messages. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
