import { Field, Select, Text, makeStyles } from "@fluentui/react-components";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { ActsFollowUp } from "./ActsFollowUp";
import { CockpitEntry } from "./CockpitEntry";
import { UpcomingSeances } from "./UpcomingSeances";
import { useCockpit } from "./use-cockpit";

const useStyles = makeStyles({ items: { listStyleType: "none", margin: 0, padding: 0 } });

/** Everything the secretary must do next, across the communes they serve, with its legal reference. */
export function CockpitView({ ws, onOpenSeance }: { ws: Workspace; onOpenSeance: (seanceId: string) => void }) {
  const styles = useStyles();
  const { served, only, setOnly, communes, overview } = useCockpit(ws);
  return (
    <Loading loaded={overview}>
      {({ upcoming, items, late, tracked }) => (
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
          <UpcomingSeances upcoming={upcoming} communes={communes} onOpenSeance={onOpenSeance} />
          <Section title={`À faire (${late} en retard)`}>
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
            <ActsFollowUp tracked={tracked} today={ws.today} />
          </Section>
        </>
      )}
    </Loading>
  );
}
