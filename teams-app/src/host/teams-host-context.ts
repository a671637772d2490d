import { app, pages } from "@microsoft/teams-js";
import type { HostContext, ThemeName } from "@shared/ports/host-context";

function toTheme(teamsTheme: string | undefined): ThemeName {
  if (teamsTheme === "dark") return "dark";
  if (teamsTheme === "contrast") return "contrast";
  return "light";
}

export interface TeamsSession {
  readonly host: HostContext;
  /** The signed-in user's UPN, matched against the membres list. */
  readonly userEmail?: string;
  /** A deep link's sub-page (the id of a séance), when the tab was opened through one. */
  readonly subPageId?: string;
}

/** The only module that talks to teams-js: context, theme and its changes, deep links. Called only inside Teams. */
export async function teamsSession(): Promise<TeamsSession> {
  await app.initialize();
  const context = await app.getContext();
  void app.notifySuccess();
  const email = context.user?.userPrincipalName ?? context.user?.loginHint;
  return {
    host: {
      kind: "teams",
      isPreview: false,
      theme: toTheme(context.app.theme),
      locale: context.app.locale,
      ...(context.user?.displayName ? { userName: context.user.displayName } : {}),
      onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(toTheme(theme))),
    },
    ...(email ? { userEmail: email } : {}),
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
  };
}

/**
 * The configuration page of the channel tab: nothing to choose, the tab always shows the network; saving pins
 * `?view=network` in the channel. teams-js refuses every `pages.config` call before `app.initialize()` has resolved,
 * so the SDK is initialised first; then the save handler is registered and the page declared valid.
 */
export async function configureNetworkTab(origin: string): Promise<void> {
  await app.initialize();
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({
        entityId: "reseau",
        contentUrl: `${origin}/teams.html?view=network&host=teams`,
        websiteUrl: `${origin}/teams.html?view=network`,
        suggestedDisplayName: "Réseau des secrétaires",
      })
      .then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  pages.config.setValidityState(true);
  void app.notifySuccess();
}
