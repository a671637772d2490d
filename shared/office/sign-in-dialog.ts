// First import: zod must be told not to probe for eval before the configuration's schema is built.
import "@shared/ui/render/zod-jitless";
import { loadDataConfig } from "@shared/data/auth/load-data-config";
import { runSignInDialog } from "@shared/data/auth/dialog-page";
import { fetchJson } from "@shared/data/auth/fetch-json";
import { loadOfficeJs } from "./office-ready";

/**
 * signin.html: opened by Office's dialog API when Office cannot do nested app authentication. It signs in with
 * MSAL by redirect and sends the token, or why there is none, to the task pane that opened it.
 */
async function start(): Promise<void> {
  await loadOfficeJs();
  await Office.onReady();
  const send = (message: object) => Office.context.ui.messageParent(JSON.stringify(message));
  try {
    const config = await loadDataConfig(window.location.origin, true, fetchJson);
    if (config.mode !== "graph") throw new Error("configuration locale");
    await runSignInDialog(config, { search: window.location.search, url: window.location.href }, send);
  } catch {
    send({ type: "error", message: "Connexion impossible : la configuration du locataire est illisible." });
  }
}

void start();
