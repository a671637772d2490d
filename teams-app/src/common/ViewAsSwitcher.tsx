import { Field, Select, makeStyles } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import type { ReactNode } from "react";
import type { MembreRecord } from "../app/data/ports";
import type { ViewAs } from "../app/data/view-as";
import { ROLE_LABELS, people } from "./identity";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";

const useStyles = makeStyles({
  field: { maxWidth: "32em" },
});

/** Someone without an e-mail cannot sign in, in Teams as on the embedded store: acting as them, the store refuses all. */
const label = (m: MembreRecord): string =>
  `${ROLE_LABELS[m.role]} — ${m.nom}${m.fonction ? ` (${m.fonction})` : ""}${m.email ? "" : " — sans courriel"}`;

/**
 * Preview only: who the page acts as, since there is no Teams sign-in to tell. The choice switches the identity of
 * every request before `children` mount again, so the store answers, and refuses, as it would that person.
 */
export function ViewAsSwitcher({ viewAs, children }: { viewAs: ViewAs; children: (membreId: string) => ReactNode }) {
  const loaded = useLoad(() => viewAs.everyone(), []);
  return (
    <Loading loaded={loaded}>
      {({ records }) => (
        <Chooser viewAs={viewAs} people={people(records)}>
          {children}
        </Chooser>
      )}
    </Loading>
  );
}

function Chooser({
  viewAs,
  people,
  children,
}: {
  viewAs: ViewAs;
  people: readonly MembreRecord[];
  children: (membreId: string) => ReactNode;
}) {
  const styles = useStyles();
  const actAs = (membre: MembreRecord | undefined): string => {
    viewAs.actAs(membre?.email ?? "");
    return membre?.id ?? "";
  };
  // The first secretary by default: the tab is first of all theirs.
  const [chosen, setChosen] = useState(() => actAs(people.find((m) => m.role === "secretaire") ?? people[0]));
  return (
    <>
      <Field label="Voir comme" className={styles.field}>
        <Select value={chosen} onChange={(_e, data) => setChosen(actAs(people.find((m) => m.id === data.value)))}>
          {people.map((m) => (
            <option key={m.id} value={m.id}>
              {label(m)}
            </option>
          ))}
        </Select>
      </Field>
      {/* Keyed by the person: every view mounts again and reads as them. */}
      <Fragment key={chosen}>{children(chosen)}</Fragment>
    </>
  );
}
