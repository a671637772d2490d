import { Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { ClauseProposal } from "./ClauseProposal";
import { ClauseProposeForm } from "./ClauseProposeForm";
import { versionTitle } from "./proposal";
import { useClauses } from "./use-clauses";

// The team's catalog is large: loaded in its own chunk, only when the shared clauses are shown.
const CatalogReview = lazy(() => import("./CatalogReview"));

/** Clauses proposed by the members; a référent validates them, and the validated text reaches every Word add-in. */
export function ClausesPanel({ ws }: { ws: Workspace }) {
  const loaded = useClauses();
  return (
    <Loading loaded={loaded}>
      {({ clauses, validations, proposed, validated }) => (
        <>
          <Section title={`Clauses proposées (${proposed.length})`}>
            {proposed.length === 0 ? (
              <Text>Aucune proposition en attente.</Text>
            ) : (
              proposed.map((e) => <ClauseProposal key={`${e.version.id}:${e.version.eTag}`} entry={e} ws={ws} />)
            )}
          </Section>
          <Section title="Proposer une clause">
            <ClauseProposeForm ws={ws} />
          </Section>
          <Suspense fallback={<Text>Chargement des clauses de l'équipe…</Text>}>
            <CatalogReview ws={ws} records={clauses} validations={validations} />
          </Suspense>
          <Section title={`Clauses validées (${validated.length})`}>
            {validated.map(({ clause, version }) => (
              <div key={version.id}>
                <Text weight="semibold">{versionTitle(clause, version)}</Text>
                <Text block>{version.texte}</Text>
              </div>
            ))}
          </Section>
        </>
      )}
    </Loading>
  );
}
