import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { addDays, formatDateFr } from "@shared/domain/common";
import type { SeanceBundle } from "./council-seance";
import { convocationDeadline, convocationSendingProblem, convocationToResend } from "./convocation-deadline";
import { convocationInvitation, invitationNotice } from "./convocation-invitation";
import { parisToUtc, parisWallClock } from "../../common/paris-time";
import { CONVOCATION_MODE_LABELS } from "./seance-details";
import type { ConvocationMode } from "./seance-details";
import { convocationText } from "./seance-documents";
import { useServices } from "../../app/services";
import { SeanceDocumentLink } from "./documents/SeanceDocumentLink";
import { useWrite } from "./use-write";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12em), 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, alignItems: "center" },
});

interface Props {
  readonly bundle: SeanceBundle;
  readonly editable: boolean;
  readonly today: string;
}

const MODES = Object.entries(CONVOCATION_MODE_LABELS) as [ConvocationMode, string][];

/** The latest sending date, the convocation's Word document, and the record of when and how it was sent. */
export function ConvocationPanel({ bundle, editable, today }: Props) {
  const styles = useStyles();
  const { invitations } = useServices();
  const { busy, write } = useWrite();
  const { seance, commune, details } = bundle;
  const [sentOn, setSentOn] = useState(today);
  const [mode, setMode] = useState<ConvocationMode>("dematerialisee");
  const [notice, setNotice] = useState<string>();
  const [sending, setSending] = useState(false);
  const { date } = parisWallClock(seance.date);
  const { latest, requirement } = convocationDeadline(date, commune, details.urgence);
  const sent = details.convocation;
  const resend = convocationToResend(seance);
  const text = convocationText(bundle, sent?.sentOn ?? sentOn);
  const problem = convocationSendingProblem(date, bundle.points.length, sentOn, today);
  const emptyAgenda = bundle.points.length === 0;

  const send = async () => {
    setSending(true);
    try {
      const invitation = convocationInvitation(bundle, text);
      // The invitation goes first, so that its event id is saved with the convocation; failing, it never blocks it.
      const outcome = await invitations
        .send(invitation, seance.invitationId)
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      const eventId =
        outcome instanceof Error || outcome.eventId === seance.invitationId ? {} : { invitationId: outcome.eventId };
      const result = await write("seances", {
        kind: "update",
        id: seance.id,
        eTag: seance.eTag,
        patch: { convocationLe: parisToUtc(sentOn, "12:00"), modeConvocation: mode, statut: "convoquee", ...eventId },
      });
      const where = invitationNotice(outcome, invitation);
      setNotice(
        result.status === "saved"
          ? `Convocation enregistrée ; ${where}.`
          : `Convocation gardée en attente d'envoi au serveur ; ${where}.`,
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Text>
        {`À envoyer au plus tard le ${formatDateFr(latest)} : ${requirement.days} jours francs avant la séance du ${formatDateFr(date)} (${requirement.ref}).`}
      </Text>
      {latest < today && (!sent || resend) && (
        <MessageBar intent="error">
          <MessageBarBody>{`Le délai est dépassé depuis le ${formatDateFr(addDays(latest, 1))} : la séance doit être reportée ou l'urgence justifiée.`}</MessageBarBody>
        </MessageBar>
      )}
      {sent && resend && (
        <MessageBar intent="warning">
          <MessageBarBody>{`La convocation envoyée le ${formatDateFr(sent.sentOn)} annonçait une autre date, heure ou un autre lieu : renvoyez-la ; l'invitation Outlook sera mise à jour au renvoi.`}</MessageBarBody>
        </MessageBar>
      )}
      {sent && !resend && (
        <MessageBar intent="success">
          <MessageBarBody>{`Convocation envoyée le ${formatDateFr(sent.sentOn)}${sent.mode ? ` — ${CONVOCATION_MODE_LABELS[sent.mode]}` : ""}.`}</MessageBarBody>
        </MessageBar>
      )}
      {notice && <Text role="status">{notice}</Text>}
      <div className={styles.row}>
        <SeanceDocumentLink kind="convocation" />
      </div>
      {editable && (
        <>
          <Checkbox
            label="Séance convoquée en urgence"
            checked={details.urgence ?? false}
            disabled={busy}
            onChange={(_e, d) =>
              void write("seances", {
                kind: "update",
                id: seance.id,
                eTag: seance.eTag,
                patch: { urgence: d.checked === true },
              })
            }
          />
          <div className={styles.form}>
            <Field
              label="Date d'envoi"
              validationState={problem && !emptyAgenda ? "error" : "none"}
              validationMessage={emptyAgenda ? undefined : problem}
            >
              <Input type="date" value={sentOn} onChange={(_e, d) => setSentOn(d.value)} />
            </Field>
            <Field label="Mode d'envoi">
              <Select value={mode} onChange={(_e, d) => setMode(d.value as ConvocationMode)}>
                {MODES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {emptyAgenda && (
            <MessageBar intent="warning">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" disabled={busy || sending || problem !== undefined} onClick={() => void send()}>
            {sent ? "Renvoyer la convocation" : "Envoyer la convocation"}
          </Button>
        </>
      )}
    </>
  );
}
