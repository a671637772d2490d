import { Caption1 } from "@fluentui/react-components";
import type { Finding } from "@shared/domain/rules";
import { FindingsList } from "@shared/ui/components/FindingsList";
import type { Prefill } from "./use-prefill";

/** On a generated document: which values come from which record, and what the text contradicts in the séance. */
export function SeancePrefillNote({
  prefill,
  seance,
}: {
  prefill: Prefill;
  seance: { readonly id: string; readonly findings: readonly Finding[] };
}) {
  const bySource = new Map<string, string[]>();
  for (const [name, source] of Object.entries(prefill.sources ?? {}))
    bySource.set(source, [...(bySource.get(source) ?? []), name]);
  return (
    <>
      <Caption1>
        {`Document de la séance n° ${seance.id} : ${[...bySource]
          .map(([source, names]) => `${source} (${names.join(", ")})`)
          .join(" ; ")}. Les champs vides restent à remplir : aucun exemple n'est inséré.`}
      </Caption1>
      {seance.findings.length > 0 && <FindingsList findings={[...seance.findings]} />}
    </>
  );
}
