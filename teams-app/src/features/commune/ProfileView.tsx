import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { EluRow } from "./EluRow";
import { ProfileForm } from "./ProfileForm";
import { ProfileGaps } from "./ProfileGaps";
import { useProfileView } from "./use-profile-view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

/** The commune profile every act, letter and form reads: edited here, by the secretary, one commune at a time. */
export function ProfileView({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const { communes, communeId, setCommuneId, loaded } = useProfileView(ws);
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
        {({ commune, gaps, gapsIntro, elus }) => (
          <>
            <ProfileGaps gaps={gaps} intro={gapsIntro} />
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
        )}
      </Loading>
    </div>
  );
}
