import type { Finding } from "@shared/domain/rules";
import { findingAnchors } from "./seance-check";

const FOCUSABLE = "input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

/** Takes the secretary to the field a finding is about: its first control gets the focus. */
export function focusFinding(finding: Finding): void {
  for (const id of findingAnchors(finding.at?.path)) {
    const anchor = document.getElementById(id);
    if (!anchor) continue;
    const control = anchor.matches(FOCUSABLE) ? anchor : anchor.querySelector<HTMLElement>(FOCUSABLE);
    (control ?? anchor).scrollIntoView({ block: "center" });
    control?.focus({ preventScroll: true });
    return;
  }
}
