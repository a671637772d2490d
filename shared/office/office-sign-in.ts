import { readDialogMessage, SignInError } from "@shared/data/auth/dialog-messages";
import type { ScopedTokenProvider, SignedIn } from "@shared/data/auth/msal-token-provider";
import type { TokenProvider } from "@shared/data/auth/token-provider";
import type { DialogSignIn } from "@shared/data/create-data-layer";

/** What a dialog event carries: a message from our page, or an error code (12006: the user closed it). */
interface DialogArg {
  readonly message?: string;
  readonly origin?: string;
  readonly error?: number;
}
export interface OfficeDialog {
  addEventHandler(type: "dialogMessageReceived" | "dialogEventReceived", handler: (arg: DialogArg) => void): void;
  close(): void;
}
interface DialogResult {
  readonly status: "succeeded" | "failed";
  readonly value?: OfficeDialog;
  readonly error?: { readonly code: number };
}

/** What sign-in needs of office.js: requirement sets and the dialog API. Tests hand in a fake Office. */
export interface OfficeSignInApi {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; promptBeforeOpen: boolean },
        callback: (result: DialogResult) => void,
      ): void;
    };
  };
}

/** Nested app authentication needs this requirement set; where it is missing, MSAL's nestable client cannot work. */
export const naaSupported = (office: OfficeSignInApi): boolean =>
  office.context.requirements.isSetSupported("NestedAppAuth", "1.1");

const CLOSED_BY_USER = 12006;
const OPEN_FAILURES: Readonly<Record<number, string>> = {
  12007: "une fenêtre de connexion est déjà ouverte : terminez-la d'abord",
  12009: "Office a refusé d'ouvrir la fenêtre de connexion",
  12011: "le navigateur a bloqué la fenêtre de connexion : autorisez les fenêtres surgissantes pour Office",
};
const CANCELLED = "Connexion annulée : la fenêtre de connexion a été fermée.";
/** A token is taken again this long before it expires, so that no request leaves with an expiring one. */
const MARGIN_MS = 5 * 60_000;

interface Held {
  readonly token: string;
  readonly expiresOn: number;
}

/**
 * Tokens through Office's dialog API, where Office does not support nested app authentication: the dialog opens
 * our sign-in page (MSAL by redirect, which works in a dialog's own window), which sends the token back. One dialog
 * at a time (Office refuses a second); a token is kept until shortly before it expires. Closing the dialog, or a
 * dialog Office or the browser blocks, fails with a French SignInError: the pane then says so and carries on
 * without the network's data, never waiting.
 */
export function officeDialogTokens(
  office: OfficeSignInApi,
  dialogUrl: (scopes: readonly string[]) => string,
  scopes: readonly string[],
  now: () => number = Date.now,
): ScopedTokenProvider {
  const held = new Map<string, Held>();
  let signedIn: SignedIn | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const open = (wanted: readonly string[]) =>
    new Promise<Held>((resolve, reject) => {
      office.context.ui.displayDialogAsync(
        dialogUrl(wanted),
        { height: 60, width: 30, promptBeforeOpen: false },
        (result) => {
          const dialog = result.value;
          if (result.status !== "succeeded" || !dialog) {
            const code = result.error?.code ?? 0;
            reject(new SignInError(`Connexion impossible : ${OPEN_FAILURES[code] ?? `erreur ${code} d'Office`}.`));
            return;
          }
          const ours = new URL(dialogUrl(wanted)).origin;
          dialog.addEventHandler("dialogMessageReceived", (arg) => {
            const message = readDialogMessage(arg.message);
            // Anything that is not one of our messages, or that comes from another origin (Office says which, where
            // it can), is ignored; the dialog stays open for the real answer.
            if (!message || (arg.origin !== undefined && arg.origin !== ours)) return;
            dialog.close();
            if (message.type === "error") reject(new SignInError(message.message));
            else {
              if (message.oid) signedIn = { oid: message.oid, username: message.username ?? "" };
              resolve({ token: message.accessToken, expiresOn: message.expiresOn });
            }
          });
          dialog.addEventHandler("dialogEventReceived", (arg) =>
            reject(
              new SignInError(
                arg.error === CLOSED_BY_USER ? CANCELLED : `Connexion interrompue (erreur ${arg.error ?? 0} d'Office).`,
              ),
            ),
          );
        },
      );
    });

  const tokensFor = (wanted: readonly string[]): TokenProvider => ({
    getToken() {
      const key = [...wanted].sort().join(" ");
      const next = queue.then(async () => {
        const current = held.get(key);
        if (current && current.expiresOn - MARGIN_MS > now()) return current.token;
        const fresh = await open(wanted);
        held.set(key, fresh);
        return fresh.token;
      });
      // A failed sign-in does not block the next one (the user may try again).
      queue = next.catch(() => undefined);
      return next;
    },
  });
  return { ...tokensFor(scopes), withScopes: tokensFor, signedIn: () => signedIn };
}

/** The sign-in dialog page, on the pane's own origin (Office opens only its add-in's domains). */
export const signInDialogUrl =
  (origin: string) =>
  (scopes: readonly string[]): string =>
    `${origin}/signin.html?${new URLSearchParams({ scopes: scopes.join(" ") }).toString()}`;

/**
 * How a pane signs in inside Office: nested app authentication where Office supports it (no dialog needed), else
 * Office's dialog API. Undefined means « use NAA ».
 */
export function officeDialogSignIn(office: OfficeSignInApi, origin: string): DialogSignIn | undefined {
  if (naaSupported(office)) return undefined;
  // One provider for the pane: the clauses and the séance share the sign-in, and its tokens.
  let provider: ScopedTokenProvider | undefined;
  return (config) => (provider ??= officeDialogTokens(office, signInDialogUrl(origin), config.scopes));
}

/** The loaded office.js, seen through the few calls sign-in makes (its enums are strings at run time). */
export function loadedOffice(): OfficeSignInApi {
  return {
    context: {
      requirements: Office.context.requirements,
      ui: {
        displayDialogAsync: (url, options, callback) =>
          Office.context.ui.displayDialogAsync(url, options, (result) => {
            const dialog = result.value as Office.Dialog | undefined;
            callback({
              status: result.status === Office.AsyncResultStatus.Succeeded ? "succeeded" : "failed",
              ...(dialog
                ? {
                    value: {
                      addEventHandler: (type, handler) =>
                        dialog.addEventHandler(
                          type === "dialogMessageReceived"
                            ? Office.EventType.DialogMessageReceived
                            : Office.EventType.DialogEventReceived,
                          handler,
                        ),
                      close: () => dialog.close(),
                    },
                  }
                : {}),
              ...(result.status === Office.AsyncResultStatus.Failed ? { error: { code: result.error.code } } : {}),
            });
          }),
      },
    },
  };
}
