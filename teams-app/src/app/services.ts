import type { DocumentsPort, LibraryFiles } from "@shared/data/drive/documents-port";
import type { PdfConversionPort } from "@shared/data/drive/pdf-conversion";
import type { StorageLike } from "@shared/data/outbox/storage";
import type { Clock } from "@shared/ports/clock";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import { createServicesContext } from "@shared/ui/services/create-services-context";
import type { TeamsData } from "./data/ports";
import type { LegacyDetailsStore } from "./data/legacy-details-store";
import type { ViewAs } from "./data/view-as";
import type { Writer } from "./data/writer";
import type { Person } from "../common/identity";
import type { InvitationSender } from "../features/seance/invitation";

export interface TeamsServices {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly clock: Clock;
  /** Reads of every list; writes go through `writer`. */
  readonly data: TeamsData;
  readonly writer: Writer;
  readonly invitations: InvitationSender;
  /** The séance folders of the commune's document library. */
  readonly documents?: DocumentsPort;
  /** The commune's « Publications » library, where « Publier » puts an act's publication page. */
  readonly publications?: LibraryFiles;
  /** The act's PDF for the télétransmission dossier (Graph's conversion on a tenant). */
  readonly pdf?: PdfConversionPort;
  /** The signed-in user's e-mail inside Teams; absent in the preview, where a "Voir comme" switcher stands in. */
  readonly userEmail?: string;
  /** Who the token says is signed in (its `oid` and UPN), once a token was acquired; only inside Teams. */
  readonly signedIn?: () => Person | undefined;
  /** The preview's "Voir comme", when the page runs on the embedded store with nobody signed in. */
  readonly viewAs?: ViewAs;
  /** Where forms keep their drafts in this browser: localStorage, or memory when the browser refuses it. */
  readonly drafts: StorageLike;
  /** How long a confirmed deletion can still be undone before it is written; 8 s unless a test says otherwise. */
  readonly undoDelayMs?: number;
  /** Séance details earlier versions kept in this browser, carried into the lists once. */
  readonly legacyDetails?: LegacyDetailsStore;
}

export const { ServicesProvider, useServices } = createServicesContext<TeamsServices>("teams-app");
