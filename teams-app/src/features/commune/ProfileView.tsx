import { Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { profileGaps } from "@shared/data/commune-profile";
import { deCommune, splitArticle } from "@shared/domain/commune/commune-name";
import { frenchSpacing } from "@shared/ui/i18n/typography";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { Section } from "../../common/Section";
import { servedCommunes } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { EluRow } from "./EluRow";
import { ProfileForm } from "./ProfileForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  gaps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The commune profile every act, letter and form reads: edited here, by the secretary, one commune at a time. */
export function ProfileView({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const { data } = useServices();
  const communes = servedCommunes(ws);
  const [communeId, setCommuneId] = useState(communes[0]?.id ?? "");
  const loaded = useLoad(
    () => Promise.all([data.communes.get(communeId), data.membres.items({ commune: communeId })]),
    [communeId],
  );
  return (
    <div className={styles.root}>
      {communes.length > 1 && (
        <Field label="Commune">
          <Select value={communeId} onChange={(_e, d) => setCommuneId(d.value)}>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nom}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Loading loaded={loaded}>
        {([commune, membres]) => {
          const gaps = profileGaps(commune, membres.records);
          const elus = membres.records.filter((m) => m.role === "elu").sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
          return (
            <>
              {gaps.length > 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {`Profil incomplet : ces valeurs resteront en blanc, surlignées, dans les actes et courriers ${deCommune(splitArticle(commune.nom, commune.article ?? ""))}.`}
                    <ul className={styles.gaps}>
                      {gaps.map((g) => (
                        <li key={`${g.field}-${g.message}`}>{frenchSpacing(g.message)}</li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
              <Section title="Profil de la commune">
                {/* Keyed by eTag: after a save, or someone else's, the form starts again from what is stored. */}
                <ProfileForm key={`${commune.id}-${commune.eTag}`} commune={commune} />
              </Section>
              <Section title="Maire et adjoints">
                <Text>
                  Le mandat, le genre et la délégation de chaque élu : les actes en tirent « la maire », « le premier
                  adjoint »…
                </Text>
                <ul className={styles.list} aria-label="Élus du conseil">
                  {elus.map((m) => (
                    <EluRow key={`${m.id}-${m.eTag}`} membre={m} />
                  ))}
                </ul>
              </Section>
            </>
          );
        }}
      </Loading>
    </div>
  );
}
