import { Button, Caption1, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { canValidateClauses } from "../../common/identity";
import { proposedVersions, validatedClauses } from "./network";
import type { ProposedVersion } from "./network";
import { validationOf, versionTitle } from "./proposal";
import { useProposeForm } from "./use-propose-form";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { useWrite } from "../seance/use-write";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

function Proposal({ entry, ws }: { entry: ProposedVersion; ws: Workspace }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const { clause, version } = entry;
  const validate = () => write("validationsClauses", { kind: "create", ...validationOf(version) });
  const title = versionTitle(clause, version);
  return (
    <div className={styles.item}>
      <Text weight="semibold">{title}</Text>
      <Text>{version.texte}</Text>
      <Caption1>{`Proposée par ${version.auteur ?? "un membre du réseau"}`}</Caption1>
      {canValidateClauses(ws.identity) && (
        <div>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void validate()}
            aria-label={`Valider : ${title}`}
          >
            Valider
          </Button>
        </div>
      )}
    </div>
  );
}

// The team's catalog is large: loaded in its own chunk, only when the shared clauses are shown.
const CatalogReview = lazy(() => import("./CatalogReview"));

function ProposeForm({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const { draft, update, notice, canSend, propose } = useProposeForm(ws);
  const { intitule, texte } = draft;
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void propose();
      }}
    >
      <Field label="Intitulé de la clause" required>
        <Input value={intitule} onChange={(_e, d) => update({ ...draft, intitule: d.value })} />
      </Field>
      <Field label="Texte proposé" required>
        <Textarea value={texte} onChange={(_e, d) => update({ ...draft, texte: d.value })} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" disabled={!canSend}>
          Proposer la clause
        </Button>{" "}
        {notice && <span role="status">{notice}</span>}
      </div>
    </form>
  );
}

/** Clauses proposed by the members; a référent validates them, and the validated text reaches every Word add-in. */
export function ClausesPanel({ ws }: { ws: Workspace }) {
  const { data } = useServices();
  const loaded = useLoad(
    () => Promise.all([data.clauses.items(), data.clauseVersions.items(), data.validationsClauses.items()]),
    [],
  );
  return (
    <Loading loaded={loaded}>
      {([clauses, versions, validations]) => {
        const proposed = proposedVersions(clauses.records, versions.records, validations.records);
        const validated = validatedClauses(clauses.records, versions.records, validations.records);
        return (
          <>
            <Section title={`Clauses proposées (${proposed.length})`}>
              {proposed.length === 0 ? (
                <Text>Aucune proposition en attente.</Text>
              ) : (
                proposed.map((e) => <Proposal key={`${e.version.id}:${e.version.eTag}`} entry={e} ws={ws} />)
              )}
            </Section>
            <Section title="Proposer une clause">
              <ProposeForm ws={ws} />
            </Section>
            <Suspense fallback={<Text>Chargement des clauses de l'équipe…</Text>}>
              <CatalogReview ws={ws} records={clauses.records} validations={validations.records} />
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
        );
      }}
    </Loading>
  );
}
