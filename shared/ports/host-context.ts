/** Where the page runs. Chosen once at the composition root, never sniffed later. */
export type HostKind = "word" | "excel" | "teams" | "preview";

export type ThemeName = "light" | "dark" | "contrast";

export interface HostContext {
  readonly kind: HostKind;
  /** True outside Office and Teams: the page works on simulated data and says so. */
  readonly isPreview: boolean;
  readonly theme: ThemeName;
  readonly locale: string;
  /** Display name of the signed-in user when the host gives it. */
  readonly userName?: string;
  /** Subscribe to theme changes (Teams lets the user switch while the tab is open). */
  onThemeChange?(listener: (theme: ThemeName) => void): void;
}
