import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { MembreRecord, PointRecord } from "../../data/ports";
import { attendanceOps } from "../../model/attendance";
import type { AttendanceChange } from "../../model/attendance";
import { byNumero, elusOf } from "../../model/council-seance";
import type { SeanceBundle } from "../../model/council-seance";
import type { Vote } from "../../model/seance-details";
import { useWrite } from "./use-write";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  vote: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) repeat(3, 6.5em) auto auto",
    // In a task pane the title takes its own line, the numbers and buttons the next one.
    "@media (max-width: 599px)": {
      gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
      "& > :first-child": { gridColumn: "1 / -1" },
    },
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  number: { minWidth: 0, width: "100%" },
});

const count = (value: string): number => Math.max(0, Math.floor(Number(value) || 0));

const COLUMNS: readonly [keyof Vote, string][] = [
  ["pour", "Pour"],
  ["contre", "Contre"],
  ["abstentions", "Abstentions"],
];

/** The vote of one point, typed then saved on the point's item (an item per keystroke would race its own eTag). */
function VoteRow({ point, recorded, votants }: { point: PointRecord; recorded: Vote; votants: number }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const [vote, setVote] = useState(recorded);
  const label = `${point.numero}. ${point.titre}`;
  const changed = COLUMNS.some(([key]) => vote[key] !== recorded[key]);
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
          onChange={(_e, d) => setVote({ ...vote, [key]: count(d.value) })}
        />
      ))}
      <Button
        size="small"
        disabled={busy || votants === 0}
        aria-label={`Unanimité au point ${point.numero} (${votants} pour)`}
        onClick={() => {
          const unanimous = { pour: votants, contre: 0, abstentions: 0 };
          setVote(unanimous);
          void write("points", { kind: "update", id: point.id, eTag: point.eTag, patch: unanimous });
        }}
      >
        Unanimité
      </Button>
      <Button
        size="small"
        aria-label={`Enregistrer le vote du point ${point.numero}`}
        disabled={busy || !changed}
        onClick={() => void write("points", { kind: "update", id: point.id, eTag: point.eTag, patch: vote })}
      >
        Enregistrer
      </Button>
    </div>
  );
}

function VoteHeader() {
  const styles = useStyles();
  return (
    <div className={styles.vote} aria-hidden>
      <span />
      {COLUMNS.map(([key, name]) => (
        <Caption1 key={key}>{name}</Caption1>
      ))}
      <span />
      <span />
    </div>
  );
}

/** What the secretary notes in the room: who is there, who gave a proxy to whom, the secretary, each vote. */
export function AttendancePanel({ bundle }: { bundle: SeanceBundle }) {
  const styles = useStyles();
  const { busy, write, writeAll } = useWrite();
  const { seance, presences, details } = bundle;
  const elus = elusOf(bundle.membres);
  const stateOf = (m: MembreRecord) => presences.find((p) => p.membre === m.id);
  const present = elus.filter((m) => stateOf(m)?.presence === "present");
  const absents = elus.filter((m) => stateOf(m)?.presence !== "present");
  // A proxy counts when its holder is in the room (L2121-20); the unanimity button fills « pour » with this.
  const votants = present.length + absents.filter((m) => present.some((p) => p.id === stateOf(m)?.mandataire)).length;
  const allPresent = () =>
    writeAll(
      "presences",
      absents.flatMap((m) => attendanceOps(seance.id, presences, { kind: "present", membre: m, present: true })),
    );
  const record = async (change: AttendanceChange) => {
    for (const op of attendanceOps(seance.id, presences, change)) await write("presences", op);
  };
  const setSecretary = (id: string) =>
    write("seances", {
      kind: "update",
      id: seance.id,
      eTag: seance.eTag,
      patch: { secretaireSeance: id || undefined },
    });
  return (
    <>
      <div>
        <Button disabled={busy || absents.length === 0} onClick={() => void allPresent()}>
          {`Tous présents (${elus.length})`}
        </Button>{" "}
        <Caption1>puis décochez les absents.</Caption1>
      </div>
      <fieldset className={styles.grid}>
        <legend>Présents</legend>
        {elus.map((m) => (
          <Checkbox
            key={m.id}
            label={m.nom}
            disabled={busy}
            checked={stateOf(m)?.presence === "present"}
            onChange={(_e, d) => void record({ kind: "present", membre: m, present: d.checked === true })}
          />
        ))}
      </fieldset>
      {absents.length > 0 && present.length > 0 && (
        <div className={styles.grid}>
          {absents.map((m) => (
            <Field key={m.id} label={`Procuration de ${m.nom}`}>
              <Select
                disabled={busy}
                value={stateOf(m)?.mandataire ?? ""}
                onChange={(_e, d) =>
                  void record({ kind: "proxy", membre: m, ...(d.value ? { mandataireId: d.value } : {}) })
                }
              >
                <option value="">Aucune</option>
                {present.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.nom}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      )}
      <Field label="Secrétaire de séance">
        <Select disabled={busy} value={seance.secretaireSeance ?? ""} onChange={(_e, d) => void setSecretary(d.value)}>
          <option value="">Non désigné</option>
          {present.map((p) => (
            <option key={p.id} value={p.id}>
              {p.nom}
            </option>
          ))}
        </Select>
      </Field>
      <Subtitle2 as="h3">Votes</Subtitle2>
      <VoteHeader />
      {[...bundle.points]
        .filter((p) => p.nature === "deliberation")
        .sort(byNumero)
        .map((p) => (
          <VoteRow
            key={`${p.id}:${p.eTag}`}
            point={p}
            recorded={details.votes[p.id] ?? { pour: 0, contre: 0, abstentions: 0 }}
            votants={votants}
          />
        ))}
    </>
  );
}
