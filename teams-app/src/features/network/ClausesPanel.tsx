import { Button, Caption1, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { canValidateClauses } from "../../common/identity";
import { proposedVersions, validatedClauses } from "./network";
import type { ProposedVersion } from "./network";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { useStoredDraft } from "../../common/use-stored-draft";
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
  // The référent's decision on this exact text, an item only référents can create: who and when are its author and
  // date. One decision a version and text: validating again after a lost answer stores nothing more.
  const validate = () =>
    write("validationsClauses", {
      kind: "create",
      draft: {
        titre: version.titre,
        clause: version.clause,
        version: version.version,
        texte: version.texte,
        decision: "validee",
      },
      clientId: `validation:${version.id}:${version.eTag}`,
    });
  const title = `${clause?.intitule ?? version.titre} — version ${version.version}`;
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

/** Client ids fixed at the first try, so that proposing again after a failure never stores a second clause. */
const EMPTY_PROPOSAL = { intitule: "", texte: "", clauseKey: "", versionKey: "" };

function ProposeForm({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const { draft, update, clear } = useStoredDraft("proposition-clause", EMPTY_PROPOSAL);
  const { intitule, texte } = draft;
  const [notice, setNotice] = useState<string | undefined>(() =>
    draft.clauseKey
      ? "Proposition non terminée : « Proposer la clause » enverra son texte une fois la clause enregistrée."
      : undefined,
  );
  const propose = async () => {
    const keys = draft.clauseKey
      ? draft
      : { ...draft, clauseKey: crypto.randomUUID(), versionKey: crypto.randomUUID() };
    update(keys);
    const created = await write("clauses", {
      kind: "create",
      draft: { intitule: intitule.trim(), categorie: "deliberation" },
      clientId: keys.clauseKey,
    });
    if (created.status !== "saved" || !created.record) {
      setNotice("La clause est gardée en attente : son texte pourra être proposé une fois la clause enregistrée.");
      return;
    }
    const version = {
      titre: `${intitule.trim()} v1`,
      clause: created.record.id,
      version: 1,
      texte: texte.trim(),
      auteur: ws.identity.nom,
    };
    const sent = await write("clauseVersions", { kind: "create", draft: version, clientId: keys.versionKey });
    if (sent.status === "conflict" || sent.status === "rejected") return;
    clear();
    setNotice(
      sent.status === "saved"
        ? "Clause proposée : un référent du réseau la validera."
        : "Texte de la clause gardé en attente d'envoi.",
    );
  };
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
        <Button type="submit" disabled={busy || !intitule.trim() || !texte.trim()}>
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
                  <Text weight="semibold">{`${clause?.intitule ?? version.titre} — version ${version.version}`}</Text>
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
