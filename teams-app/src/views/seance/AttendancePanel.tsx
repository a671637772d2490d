import { Caption1, Checkbox, Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { byNumero, elusOf } from "../../model/council-seance";
import type { SeanceBundle } from "../../model/council-seance";
import type { SeanceDetails, Vote } from "../../model/seance-details";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))", gap: tokens.spacingHorizontalS },
  vote: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) repeat(3, 6.5em)", gap: tokens.spacingHorizontalS, alignItems: "center" },
  number: { minWidth: 0, width: "100%" },
});

interface Props {
  readonly bundle: SeanceBundle;
  readonly onDetails: (change: Partial<SeanceDetails>) => void;
}

const count = (value: string): number => Math.max(0, Math.floor(Number(value) || 0));

const COLUMNS: readonly [keyof Vote, string][] = [
  ["pour", "Pour"],
  ["contre", "Contre"],
  ["abstentions", "Abstentions"],
];

function VoteRow({ label, vote, onChange }: { label: string; vote: Vote; onChange: (vote: Vote) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.vote}>
      <span>{label}</span>
      {COLUMNS.map(([key, name]) => (
        <Input
          key={key}
          className={styles.number}
          size="small"
          type="number"
          min={0}
          aria-label={`${name} — ${label}`}
          value={String(vote[key])}
          onChange={(_e, d) => onChange({ ...vote, [key]: count(d.value) })}
        />
      ))}
    </div>
  );
}

function VoteHeader() {
  const styles = useStyles();
  return (
    <div className={styles.vote} aria-hidden>
      <span />
      {COLUMNS.map(([key, name]) => <Caption1 key={key}>{name}</Caption1>)}
    </div>
  );
}


/** What the secretary notes in the room: who is there, who gave a proxy to whom, the secretary, each vote. */
export function AttendancePanel({ bundle, onDetails }: Props) {
  const styles = useStyles();
  const { details } = bundle;
  const elus = elusOf(bundle.membres).map((m) => m.nom);
  const absents = elus.filter((n) => !details.presents.includes(n));
  const togglePresent = (name: string, present: boolean) =>
    onDetails({
      presents: present ? [...details.presents, name] : details.presents.filter((n) => n !== name),
      procurations: details.procurations.filter((p) => p.mandant !== name && (present || p.mandataire !== name)),
    });
  const setProxy = (mandant: string, mandataire: string) =>
    onDetails({ procurations: [...details.procurations.filter((p) => p.mandant !== mandant), ...(mandataire ? [{ mandant, mandataire }] : [])] });
  return (
    <>
      <fieldset className={styles.grid}>
        <legend>Présents</legend>
        {elus.map((name) => (
          <Checkbox key={name} label={name} checked={details.presents.includes(name)} onChange={(_e, d) => togglePresent(name, d.checked === true)} />
        ))}
      </fieldset>
      {absents.length > 0 && details.presents.length > 0 && (
        <div className={styles.grid}>
          {absents.map((mandant) => (
            <Field key={mandant} label={`Procuration de ${mandant}`}>
              <Select value={details.procurations.find((p) => p.mandant === mandant)?.mandataire ?? ""} onChange={(_e, d) => setProxy(mandant, d.value)}>
                <option value="">Aucune</option>
                {details.presents.map((n) => <option key={n} value={n}>{n}</option>)}
              </Select>
            </Field>
          ))}
        </div>
      )}
      <Field label="Secrétaire de séance">
        <Select value={details.secretaire ?? ""} onChange={(_e, d) => onDetails(d.value ? { secretaire: d.value } : { secretaire: undefined })}>
          <option value="">Non désigné</option>
          {details.presents.map((n) => <option key={n} value={n}>{n}</option>)}
        </Select>
      </Field>
      <Subtitle2 as="h3">Votes</Subtitle2>
      <VoteHeader />
      {[...bundle.points]
        .filter((p) => p.nature === "deliberation")
        .sort(byNumero)
        .map((p) => (
          <VoteRow
            key={p.id}
            label={`${p.numero}. ${p.titre}`}
            vote={details.votes[p.id] ?? { pour: 0, contre: 0, abstentions: 0 }}
            onChange={(vote) => onDetails({ votes: { ...details.votes, [p.id]: vote } })}
          />
        ))}
    </>
  );
}
