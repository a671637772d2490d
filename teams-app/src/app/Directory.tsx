import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import type { Workspace } from "../common/workspace";
import type { MembreRecord } from "./data/ports";
import { Tabs } from "./Tabs";
import type { TabsProps } from "./Tabs";

export type DirectoryLoad = () => Promise<[{ records: Workspace["communes"][number][] }, { records: MembreRecord[] }]>;

/** The communes and membres, read before anything else: who the user is, and what they may see, depends on them. */
export function Directory({ load, ...props }: Omit<TabsProps, "communes" | "membres"> & { load: DirectoryLoad }) {
  const loaded = useLoad(load, []);
  return (
    <Loading loaded={loaded}>
      {([communes, membres]) => <Tabs {...props} communes={communes.records} membres={membres.records} />}
    </Loading>
  );
}
