import type { ClauseLibrary } from "../../../shared/domain/acts/clauses";
import type { ActDocument } from "../../../shared/ports/act-document";
import type { Clock } from "../../../shared/ports/clock";
import type { HostContext, HostKind } from "../../../shared/ports/host-context";
import type { PreviewActDocument } from "../../../shared/preview/preview-act-document";
import { createServicesContext } from "../../../shared/ui/services/create-services-context";

export interface WordServices {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly document: ActDocument;
  /** Present only in the browser preview: the simulated document drawn beside the task pane. */
  readonly preview?: PreviewActDocument;
  /** The clause library's port: the domain's seed catalog today, the commune's shared library when it is wired. */
  readonly clauses: ClauseLibrary;
  readonly clock: Clock;
}

export const { ServicesProvider, useServices } = createServicesContext<WordServices>("word-addin");
