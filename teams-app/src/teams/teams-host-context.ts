import { app } from "@microsoft/teams-js";
import type { HostContext, ThemeName } from "../../../shared/ports/host-context";

function toTheme(teamsTheme: string | undefined): ThemeName {
  if (teamsTheme === "dark") return "dark";
  if (teamsTheme === "contrast") return "contrast";
  return "light";
}

/** The only module that talks to teams-js: context, theme and its changes. Called only when the URL says Teams. */
export async function teamsHostContext(): Promise<HostContext> {
  await app.initialize();
  const context = await app.getContext();
  app.notifySuccess();
  return {
    kind: "teams",
    isPreview: false,
    theme: toTheme(context.app.theme),
    locale: context.app.locale,
    ...(context.user?.displayName ? { userName: context.user.displayName } : {}),
    onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(toTheme(theme))),
  };
}
