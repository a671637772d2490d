import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { formatDateFr } from "@shared/domain/common";
import type { CommuneRecord } from "../../app/data/ports";
import { convocationDeadline } from "./convocation-deadline";
import type { Schedule } from "./seance-schedule";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 0.7fr) minmax(0, 2fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

interface Props {
  readonly value: Schedule;
  readonly onChange: (value: Schedule) => void;
  readonly commune: CommuneRecord | undefined;
  readonly urgence?: boolean | undefined;
  /** Why the date cannot be kept, shown under it once a date is typed. */
  readonly problem: string | undefined;
}

/** Date, heure and lieu of a séance, with the convocation deadline they imply shown as they are typed. */
export function ScheduleFields({ value, onChange, commune, urgence, problem }: Props) {
  const styles = useStyles();
  const deadline = problem ? undefined : convocationDeadline(value.date, commune, urgence);
  const shown = value.date === "" ? undefined : problem;
  return (
    <>
      <div className={styles.row}>
        <Field label="Date de la séance" required validationState={shown ? "error" : "none"} validationMessage={shown}>
          <Input type="date" value={value.date} onChange={(_e, d) => onChange({ ...value, date: d.value })} />
        </Field>
        <Field label="Heure" required>
          <Input type="time" value={value.time} onChange={(_e, d) => onChange({ ...value, time: d.value })} />
        </Field>
        <Field label="Lieu de la séance">
          <Input value={value.lieu} onChange={(_e, d) => onChange({ ...value, lieu: d.value })} />
        </Field>
      </div>
      {deadline && (
        <Caption1 role="status">
          {`Convocation à envoyer au plus tard le ${formatDateFr(deadline.latest)} (${deadline.requirement.days} jours francs, ${deadline.requirement.ref}).`}
        </Caption1>
      )}
    </>
  );
}
