import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { NetworkLibrary } from "@shared/data/network-clauses";

const SHOWN_PROBLEMS = 3;

/** Where the clauses come from: the network's lists, or the built-in catalog alone when they could not be read. */
export function NetworkNotice({ network }: { network: NetworkLibrary | undefined }) {
  if (!network) return <Caption1 role="status">Lecture des clauses du réseau…</Caption1>;
  if (network.unreachable) {
    return (
      <MessageBar intent="warning" role="status">
        <MessageBarBody>{network.unreachable}</MessageBarBody>
      </MessageBar>
    );
  }
  const { networkVersions: count, problems } = network;
  const more = problems.length > SHOWN_PROBLEMS ? ` (et ${problems.length - SHOWN_PROBLEMS} autres)` : "";
  return (
    <>
      <Caption1 role="status">{`${count} version${count > 1 ? "s" : ""} de clauses du réseau ajoutée${count > 1 ? "s" : ""} à la bibliothèque intégrée.`}</Caption1>
      {problems.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{`Éléments ignorés : ${problems
            .slice(0, SHOWN_PROBLEMS)
            .map((p) => p.message)
            .join(" ")}${more}`}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
