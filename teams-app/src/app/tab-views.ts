import type { Identity } from "../common/identity";

export const VIEWS = ["cockpit", "seance", "review", "network", "commune"] as const;
export type View = (typeof VIEWS)[number];

export const LABELS: Readonly<Record<View, string>> = {
  cockpit: "Cockpit",
  seance: "Séances",
  review: "Avis des élus",
  network: "Réseau",
  commune: "Profil de la commune",
};

/** Élus review the next séance; the network is the secretaries' and référents' place. */
export function viewsFor(identity: Identity): readonly View[] {
  if (identity.role === "elu") return ["review", "seance"];
  if (identity.role === "referent") return ["network"];
  return VIEWS;
}

/** The view asked for (by the link or a tab) if the user may see it, else their first. */
export function toView(value: string | null, allowed: readonly View[]): View {
  return allowed.find((v) => v === value) ?? allowed[0] ?? "cockpit";
}
