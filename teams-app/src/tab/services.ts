import type { Clock } from "../../../shared/ports/clock";
import type { HostContext, HostKind } from "../../../shared/ports/host-context";
import { createServicesContext } from "../../../shared/ui/services/create-services-context";

export interface TeamsServices {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly clock: Clock;
}

export const { ServicesProvider, useServices } = createServicesContext<TeamsServices>("teams-app");
