import { Badge, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { cockpitItems } from "./cockpit";
import { actTracking } from "./cockpit-acts";
import { parisDate } from "../../common/paris-time";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { Section } from "../../common/Section";
import { STATUT_LABELS, seanceLabel } from "../../common/seance-label";
import { servedCommunes } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { ActsFollowUp } from "./ActsFollowUp";
import { CockpitEntry } from "./CockpitEntry";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  items: { listStyleType: "none", margin: 0, padding: 0 },
});

/** Everything the secretary must do next, across the communes they serve, with its legal reference. */
export function CockpitView({ ws, onOpenSeance }: { ws: Workspace; onOpenSeance: (seanceId: string) => void }) {
  const styles = useStyles();
  const { data } = useServices();
  const served = servedCommunes(ws);
  // "" shows every commune the secretary serves.
  const [only, setOnly] = useState("");
  const communes = only === "" ? served : served.filter((c) => c.id === only);
  const loaded = useLoad(
    () => Promise.all([data.seances.items(), data.echeances.items(), data.actes.items(), data.subventions.items()]),
    [ws.identity.nom],
  );
  return (
    <Loading loaded={loaded}>
      {([seances, echeances, actes, subventions]) => {
        const mine = seances.records.filter((s) => communes.some((c) => c.id === s.commune));
        const upcoming = mine.filter((s) => parisDate(s.date) >= ws.today).sort((a, b) => a.date.localeCompare(b.date));
        const items = cockpitItems({
          today: ws.today,
          communes,
          seances: mine,
          echeances: echeances.records,
          actes: actes.records,
          subventions: subventions.records,
        });
        return (
          <>
            {served.length > 1 && (
              <Field label="Commune">
                <Select value={only} onChange={(_e, d) => setOnly(d.value)}>
                  <option value="">Toutes les communes</option>
                  {served.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.nom}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Section title="Prochaines séances">
              {upcoming.length === 0 ? (
                <Text>Aucune séance programmée.</Text>
              ) : (
                <ul className={styles.list}>
                  {upcoming.map((s) => (
                    <li key={s.id}>
                      <Link onClick={() => onOpenSeance(s.id)}>{seanceLabel(s, communes)}</Link>{" "}
                      <Badge appearance="outline">{STATUT_LABELS[s.statut]}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={`À faire (${items.filter((i) => i.late).length} en retard)`}>
              {items.length === 0 ? (
                <Text>Rien à faire pour l'instant.</Text>
              ) : (
                <ul className={styles.items} aria-label="Échéances et formalités">
                  {items.map((item) => (
                    <CockpitEntry key={item.key} item={item} today={ws.today} onOpenSeance={onOpenSeance} />
                  ))}
                </ul>
              )}
            </Section>
            <Section title="Actes après le vote : exécutoires, délais de recours et de contrôle">
              <ActsFollowUp tracked={actTracking(actes.records, communes, ws.today)} today={ws.today} />
            </Section>
          </>
        );
      }}
    </Loading>
  );
}
