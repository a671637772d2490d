import type { NetworkLibrary } from "@shared/data/network-clauses";
import type { ClauseLibrary } from "@shared/domain/acts/clauses";
import type { ActDocument } from "@shared/ports/act-document";
import type { Clock } from "@shared/ports/clock";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import type { PreviewActDocument } from "@shared/preview/preview-act-document";
import type { SeanceFacts } from "@shared/documents/seance-facts";
import type { SeanceLinkReader } from "@shared/ports/seance-link";
import { createServicesContext } from "@shared/ui/services/create-services-context";

export interface WordServices {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly document: ActDocument;
  /** Present only in the browser preview: the simulated document drawn beside the task pane. */
  readonly preview?: PreviewActDocument;
  /** The clause library's port: the built-in catalog, until the network's clauses are merged into it. */
  readonly clauses: ClauseLibrary;
  /** Reads the network's clauses once the pane is shown; never rejects (an unreachable list is a notice). */
  readonly loadNetworkClauses?: () => Promise<NetworkLibrary>;
  /** Set by the pane once it loads them: reads the network's clauses again, and `clauses` follows. */
  readonly reloadNetworkClauses?: () => void;
  readonly clock: Clock;
  /** The séance and point a generated document belongs to (its custom properties). */
  readonly readSeanceLink?: SeanceLinkReader;
  /** One data-layer read of a séance's records and its commune's profile. */
  readonly loadSeance?: (seanceId: string) => Promise<SeanceFacts>;
}

export const { ServicesProvider, useServices } = createServicesContext<WordServices>("word-addin");
