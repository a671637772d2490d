import { CALENDAR_SCOPES } from "@shared/data/auth/config";
import type { DataConfig } from "@shared/data/auth/config";
import { ServedLocalTokens } from "@shared/data/auth/local-token-provider";
import { hostTokenProvider } from "@shared/data/create-data-layer";
import { PUBLICATIONS_LIBRARY } from "@shared/data/auth/permission-policy";
import type { DocumentsPort, LibraryFiles } from "@shared/data/drive/documents-port";
import { GraphDocuments } from "@shared/data/drive/graph-documents";
import { GraphPdfConversion } from "@shared/data/drive/pdf-conversion";
import type { PdfConversionPort } from "@shared/data/drive/pdf-conversion";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import type { Person } from "../../common/identity";
import type { InvitationSender } from "../../features/seance/invitation";
import { GraphInvitations } from "./graph-invitations";
import type { TeamsData } from "./ports";
import { localViewAs } from "./view-as";
import type { ViewAs } from "./view-as";

/** What the tab reaches through Graph: the lists, and the calendar that sends the convocation's invitation. */
export interface TeamsBackend {
  readonly data: TeamsData;
  readonly invitations: InvitationSender;
  readonly documents: DocumentsPort;
  /** The « Publications » library (publication électronique of the acts). */
  readonly publications: LibraryFiles;
  /** The act's PDF for the @CTES dossier: SharePoint converts, the embedded store says it cannot. */
  readonly pdf: PdfConversionPort;
  /** On the embedded store with nobody signed in (the preview): who the page acts as. */
  readonly viewAs?: ViewAs;
  /** On the tenant: the signed-in account from its token, `oid` and UPN. */
  readonly signedIn?: () => Person | undefined;
}

/** The repositories of every list and the invitation sender, against the embedded store or the tenant. */
export async function createTeamsData(config: DataConfig, userEmail?: string): Promise<TeamsBackend> {
  if (config.mode === "local") {
    // The signed-in Teams user, or the preview's default person until "Voir comme" picks someone; never the owner.
    const origin = new URL(config.graphBaseUrl).origin;
    const tokens = new ServedLocalTokens(origin, userEmail);
    const connection = createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider: tokens });
    return {
      data: createRepositories(connection, config.siteId),
      invitations: new GraphInvitations(connection, config.siteId, "stockage-local"),
      documents: new GraphDocuments(connection, config.siteId),
      publications: new GraphDocuments(connection, config.siteId, { library: PUBLICATIONS_LIBRARY }),
      pdf: new GraphPdfConversion(connection, config.siteId),
      ...(userEmail ? {} : { viewAs: localViewAs(origin, tokens) }),
    };
  }
  // The Teams context's loginHint names the account Teams signed in: NAA's ssoSilent uses it, no prompt.
  const tokenProvider = await hostTokenProvider(config, () => Promise.resolve(userEmail));
  const calendar = createGraphClient({
    baseUrl: config.graphBaseUrl,
    tokenProvider: tokenProvider.withScopes(CALENDAR_SCOPES),
  });
  const connection = createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider });
  return {
    data: createRepositories(connection, config.siteId),
    documents: new GraphDocuments(connection, config.siteId),
    publications: new GraphDocuments(connection, config.siteId, { library: PUBLICATIONS_LIBRARY }),
    pdf: new GraphPdfConversion(connection, config.siteId),
    invitations: new GraphInvitations(calendar, config.siteId, "outlook"),
    signedIn: () => {
      const account = tokenProvider.signedIn();
      return account ? { id: account.oid, email: account.username } : undefined;
    },
  };
}
