import { Badge, Caption1, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ReactNode } from "react";
import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { MembreRecord, OuvertureRecord, PointRecord, SeanceRecord } from "../../app/data/ports";
import { POSITION_LABELS, asksAvis, avisByPoint, positionOf, withAuthors } from "./avis-summary";
import type { PointAvis } from "./avis-summary";
import { VERSION_STATE_LABELS, openingsOf, seenVersionOf, versionLabel, versionState } from "./document-versions";
import type { VersionState } from "./document-versions";
import { formatParisDateTime } from "../../common/paris-time";
import { parisDate } from "../../common/paris-time";
import { safeHttpUrl } from "../../common/safe-url";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { Section } from "../../common/Section";
import { seanceLabel } from "../../common/seance-label";
import { membresOf } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { SeanceDocumentsProvider } from "../seance/documents/seance-files";
import { SeanceAvisForm } from "./AvisForm";
import { PointDocument, usePointDocument } from "./PointDocument";
import type { Reader } from "./PointDocument";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const BADGE = { favorable: "success", defavorable: "danger", reserve: "warning", question: "informative" } as const;
const VERSION_BADGE = {
  actuelle: "success",
  anterieure: "warning",
  inconnue: "informative",
  "sans-document": "informative",
} as const satisfies Record<VersionState, string>;

const NO_AVIS = "Point d'information : aucun avis n'est demandé aux élus.";

function VersionBadge({ state }: { state: VersionState }) {
  return (
    <Badge appearance="outline" color={VERSION_BADGE[state]}>
      {VERSION_STATE_LABELS[state]}
    </Badge>
  );
}

/** Which élu opened which version of the point's document from the tab (Graph does not tell it for a file). */
function Openings({ list }: { list: ReturnType<typeof openingsOf> }) {
  const styles = useStyles();
  if (list.length === 0) return <Caption1>Personne n'a encore ouvert le projet depuis l'onglet.</Caption1>;
  return (
    <ul className={styles.list} aria-label="Ouvertures du projet">
      {list.map(({ record, auteur, state }) => (
        <li key={record.id}>
          <Text>{`${auteur} a ouvert la ${versionLabel(record)} le ${formatParisDateTime(record.ouvertLe)} `}</Text>
          <VersionBadge state={state} />
        </li>
      ))}
    </ul>
  );
}

function Gathered({
  entry,
  ouvertures,
  membres,
}: {
  entry: PointAvis;
  ouvertures: readonly OuvertureRecord[];
  membres: readonly MembreRecord[];
}) {
  const styles = useStyles();
  const file: DocumentFile | undefined = usePointDocument(entry.point);
  const older = entry.avis.filter(({ record }) => versionState(record, file) === "anterieure").length;
  return (
    <>
      <div className={styles.counts}>
        {(Object.keys(POSITION_LABELS) as (keyof typeof POSITION_LABELS)[]).map((p) => (
          <Badge key={p} appearance="tint" color={BADGE[p]}>{`${POSITION_LABELS[p]} : ${entry.counts[p]}`}</Badge>
        ))}
      </div>
      {entry.avis.length === 0 ? (
        <Caption1>Aucun avis pour l'instant.</Caption1>
      ) : (
        <ul className={styles.list}>
          {entry.avis.map(({ record, auteur }) => (
            <li key={record.id}>
              <Text weight="semibold">{`${auteur} — ${POSITION_LABELS[positionOf(record)]}`}</Text>
              {record.commentaire ? <Text>{` : ${record.commentaire}`}</Text> : null}
              {/* Without a projet in the folder nor a version recorded, there is no version to speak of. */}
              {(file || record.documentEmpreinte) && (
                <>
                  <Caption1>{` (avis donné sur la ${versionLabel(record)}) `}</Caption1>
                  <VersionBadge state={versionState(record, file)} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {older > 0 && file && (
        <Caption1>{`${older} avis porte(nt) sur une version antérieure du projet (version actuelle : ${versionLabel(seenVersionOf(file))}).`}</Caption1>
      )}
      {file && <Openings list={openingsOf(ouvertures, entry.point.id, file, membres)} />}
    </>
  );
}

function PointCard({ point, reader, children }: { point: PointRecord; reader?: Reader; children: ReactNode }) {
  const href = safeHttpUrl(point.projetActe);
  return (
    <Section title={`${point.numero}. ${point.titre}`}>
      <Caption1>{`${point.rapporteur ? `Rapporteur : ${point.rapporteur}` : "Sans rapporteur"}${point.expose ? ` — ${point.expose}` : ""}`}</Caption1>
      <PointDocument
        point={point}
        {...(reader ? { reader } : {})}
        fallback={
          href ? (
            <Link href={href} target="_blank" rel="noreferrer">
              Lire le projet d'acte
            </Link>
          ) : (
            <Caption1>Projet d'acte non joint.</Caption1>
          )
        }
      />
      {children}
    </Section>
  );
}

/** Séances still to come, nearest first. */
const upcoming = (seances: readonly SeanceRecord[], ws: Workspace): SeanceRecord[] =>
  seances
    .filter((s) => ws.identity.communeIds.includes(s.commune) && parisDate(s.date) >= ws.today)
    .sort((a, b) => a.date.localeCompare(b.date));

/** Élus give their avis on the next séance's points; the secretary sees them gathered per point. */
export function ReviewView({ ws }: { ws: Workspace }) {
  const { data } = useServices();
  const [chosen, setChosen] = useState<string>();
  const loaded = useLoad(() => data.seances.items(), []);
  return (
    <Loading loaded={loaded}>
      {({ records }) => {
        const next = upcoming(records, ws);
        const seance = next.find((s) => s.id === chosen) ?? next[0];
        if (!seance) return <Text>Aucune séance à venir.</Text>;
        return (
          <>
            {ws.identity.role === "elu" ? (
              <Text>{`Prochaine séance : ${seanceLabel(seance, ws.communes)}`}</Text>
            ) : (
              <Field label="Séance">
                <Select value={seance.id} onChange={(_e, d) => setChosen(d.value)}>
                  {next.map((s) => (
                    <option key={s.id} value={s.id}>
                      {seanceLabel(s, ws.communes)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <SeanceDocumentsProvider seanceId={seance.id}>
              <SeanceAvis key={seance.id} ws={ws} seance={seance} />
            </SeanceDocumentsProvider>
          </>
        );
      }}
    </Loading>
  );
}

function SeanceAvis({ ws, seance }: { ws: Workspace; seance: SeanceRecord }) {
  const { data } = useServices();
  // Three filtered requests, whatever the number of points, élus and openings.
  const loaded = useLoad(
    () =>
      Promise.all([
        data.points.items({ seance: seance.id }),
        data.avis.items({ seance: seance.id }),
        data.ouvertures.items({ seance: seance.id }),
      ]),
    [seance.id],
  );
  const me = ws.identity.membres.find((m) => m.commune === seance.commune);
  const membres = membresOf(ws, seance.commune);
  return (
    <Loading loaded={loaded}>
      {([points, avis, ouvertures]) => {
        const authored = withAuthors(avis.records, membres);
        const gathered = avisByPoint(points.records, authored, membres);
        if (ws.identity.role === "elu" && me) {
          const reader: Reader = { membreId: me.id, membreNom: me.nom, ouvertures: ouvertures.records };
          return (
            <SeanceAvisForm
              points={gathered.map((g) => g.point)}
              avis={authored}
              membreId={me.id}
              renderPoint={(point, answer) => (
                <PointCard key={point.id} point={point} reader={reader}>
                  {answer ?? <Caption1>{NO_AVIS}</Caption1>}
                </PointCard>
              )}
            />
          );
        }
        return gathered.map((entry) => (
          <PointCard key={entry.point.id} point={entry.point}>
            {asksAvis(entry.point) ? (
              <Gathered entry={entry} ouvertures={ouvertures.records} membres={membres} />
            ) : (
              <Caption1>{NO_AVIS}</Caption1>
            )}
          </PointCard>
        ));
      }}
    </Loading>
  );
}
