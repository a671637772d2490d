import { Badge, Caption1, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ReactNode } from "react";
import type { PointRecord, SeanceRecord } from "../../data/ports";
import { POSITION_LABELS, asksAvis, avisByPoint, positionOf } from "../../model/avis-summary";
import type { PointAvis } from "../../model/avis-summary";
import { parisDate } from "../../model/paris-time";
import { safeHttpUrl } from "../../model/safe-url";
import { useServices } from "../../tab/services";
import { Loading } from "../common/Loading";
import { useLoad } from "../common/refresh";
import { Section } from "../common/Section";
import { seanceLabel } from "../common/seance-label";
import { membresOf } from "../common/workspace";
import type { Workspace } from "../common/workspace";
import { SeanceAvisForm } from "./AvisForm";
import { PointDocument, SeanceDocumentsProvider } from "./PointDocument";

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

const NO_AVIS = "Point d'information : aucun avis n'est demandé aux élus.";

function Gathered({ entry }: { entry: PointAvis }) {
  const styles = useStyles();
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
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PointCard({ point, children }: { point: PointRecord; children: ReactNode }) {
  const href = safeHttpUrl(point.projetActe);
  return (
    <Section title={`${point.numero}. ${point.titre}`}>
      <Caption1>{`${point.rapporteur ? `Rapporteur : ${point.rapporteur}` : "Sans rapporteur"}${point.expose ? ` — ${point.expose}` : ""}`}</Caption1>
      <PointDocument
        point={point}
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
  const loaded = useLoad(
    () => Promise.all([data.points.items({ seance: seance.id }), data.avis.items({ seance: seance.id })]),
    [seance.id],
  );
  const me = ws.identity.membres.find((m) => m.commune === seance.commune);
  return (
    <Loading loaded={loaded}>
      {([points, avis]) => {
        const gathered = avisByPoint(points.records, avis.records, membresOf(ws, seance.commune));
        if (ws.identity.role === "elu" && me)
          return (
            <SeanceAvisForm
              points={gathered.map((g) => g.point)}
              avis={avis.records}
              membreId={me.id}
              renderPoint={(point, answer) => (
                <PointCard key={point.id} point={point}>
                  {answer ?? <Caption1>{NO_AVIS}</Caption1>}
                </PointCard>
              )}
            />
          );
        return gathered.map((entry) => (
          <PointCard key={entry.point.id} point={entry.point}>
            {asksAvis(entry.point) ? <Gathered entry={entry} /> : <Caption1>{NO_AVIS}</Caption1>}
          </PointCard>
        ));
      }}
    </Loading>
  );
}
