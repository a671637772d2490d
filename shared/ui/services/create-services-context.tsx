import { createContext, useContext } from "react";
import type { ReactNode } from "react";

/**
 * Each app injects its ports (host, document or workbook, repositories, clock) through one React context,
 * built in its composition root: components never import an adapter.
 */
export function createServicesContext<Services>(appName: string) {
  const Context = createContext<Services | null>(null);
  function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
    return <Context.Provider value={services}>{children}</Context.Provider>;
  }
  function useServices(): Services {
    const services = useContext(Context);
    if (!services) throw new Error(`${appName}: useServices() must be called under <ServicesProvider>`);
    return services;
  }
  return { ServicesProvider, useServices };
}
