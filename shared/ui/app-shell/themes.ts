import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { HostKind, ThemeName } from "@shared/ports/host-context";

/** Office task panes use the web theme; Teams tabs follow the user's Teams theme (light, dark, contrast). */
export function themeFor(kind: HostKind, name: ThemeName, simulates?: HostKind): Theme {
  const teamsLike = kind === "teams" || simulates === "teams";
  if (name === "dark") return teamsDarkTheme;
  if (name === "contrast") return teamsHighContrastTheme;
  return teamsLike ? teamsLightTheme : webLightTheme;
}
