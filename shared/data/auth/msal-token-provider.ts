import { createNestablePublicClientApplication, createStandardPublicClientApplication } from "@azure/msal-browser";
import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { silentLogger } from "../graph/logger";
import type { DataLogger } from "../graph/logger";
import type { GraphModeConfig } from "./config";
import type { TokenProvider } from "./token-provider";

export interface MsalFactories {
  readonly nestable: (configuration: Configuration) => Promise<IPublicClientApplication>;
  readonly standard: (configuration: Configuration) => Promise<IPublicClientApplication>;
}

const msalFactories: MsalFactories = {
  nestable: createNestablePublicClientApplication,
  standard: createStandardPublicClientApplication,
};

export function msalConfiguration(config: GraphModeConfig, logger: DataLogger): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
    },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        // MSAL flags messages that may hold personal data or secrets; those never reach our logs.
        loggerCallback: (_level, message, containsPii) => {
          if (!containsPii) logger.debug(message);
        },
      },
    },
  };
}

/**
 * Tokens through MSAL. Inside Teams, Word and Excel (`nested`), nested app authentication asks the host for the
 * token, with no popup; in a plain browser, or when the host does not support it, a standard client signs in by
 * popup. The choice of host is made by the composition root, not sniffed here.
 */
export async function createMsalTokenProvider(
  config: GraphModeConfig,
  host: {
    readonly nested: boolean;
    /**
     * Who the host says is signed in (Office.auth.getAuthContext().userPrincipalName, or the Teams context's
     * loginHint): MSAL's ssoSilent signs that account in without a prompt, as Microsoft's NAA samples do.
     */
    readonly loginHint?: () => Promise<string | undefined>;
  },
  options: { readonly factories?: MsalFactories; readonly logger?: DataLogger } = {},
): Promise<ScopedTokenProvider> {
  const factories = options.factories ?? msalFactories;
  const configuration = msalConfiguration(config, options.logger ?? silentLogger);
  const pca = host.nested
    ? await factories.nestable(configuration).catch(() => factories.standard(configuration))
    : await factories.standard(configuration);
  const hint = host.loginHint ?? (() => Promise.resolve(undefined));
  return {
    ...tokensFor(pca, [...config.scopes], hint),
    withScopes: (scopes) => tokensFor(pca, [...scopes], hint),
    signedIn: () => signedInAs(pca),
  };
}

/** The data scopes' provider, and the same signed-in client for other scopes (one sign-in, consent per feature). */
export interface ScopedTokenProvider extends TokenProvider {
  withScopes(scopes: readonly string[]): TokenProvider;
  /** The signed-in account's identity from its token: `oid` (stable, the same for a guest), and its UPN. */
  signedIn(): SignedIn | undefined;
}

export interface SignedIn {
  readonly oid: string;
  readonly username: string;
}

function signedInAs(pca: IPublicClientApplication): SignedIn | undefined {
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  const oid = account?.idTokenClaims?.oid ?? account?.localAccountId;
  return account && oid ? { oid, username: account.username } : undefined;
}

function tokensFor(
  pca: IPublicClientApplication,
  scopes: string[],
  loginHint: () => Promise<string | undefined>,
): TokenProvider {
  return {
    async getToken() {
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      const hint = account ? undefined : await loginHint().catch(() => undefined);
      try {
        if (account || !hint)
          return (await pca.acquireTokenSilent({ scopes, ...(account ? { account } : {}) })).accessToken;
        const result = await pca.ssoSilent({ scopes, loginHint: hint });
        pca.setActiveAccount(result.account);
        return result.accessToken;
      } catch {
        // Silent failed (first sign-in, consent, expired session): ask the user, once, for the account the host named.
        const result = await pca.acquireTokenPopup({ scopes, ...(hint ? { loginHint: hint } : {}) });
        pca.setActiveAccount(result.account);
        return result.accessToken;
      }
    },
  };
}
