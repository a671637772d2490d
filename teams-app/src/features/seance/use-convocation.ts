import { useState } from "react";
import { useServices } from "../../app/services";
import { parisToUtc, parisWallClock } from "../../common/paris-time";
import type { SeanceBundle } from "./council-seance";
import {
  convocationDeadline,
  convocationSendingProblem,
  convocationToResend,
  defaultSendingDate,
} from "./convocation-deadline";
import { convocationInvitation, invitationNotice } from "./convocation-invitation";
import { convocationNotice, convocationStatus, invitationIdPatch, sendingProblemPlace } from "./convocation-status";
import type { ConvocationMode } from "./seance-details";
import { convocationText } from "./seance-documents";
import { useWrite } from "./use-write";

/** The convocation's form (sending date, mode), its status, and the sending of it with its Outlook invitation. */
export function useConvocation(bundle: SeanceBundle, today: string) {
  const { invitations } = useServices();
  const { busy, write } = useWrite();
  const { seance, commune, details } = bundle;
  const { date } = parisWallClock(seance.date);
  const [sentOn, setSentOn] = useState(() => defaultSendingDate(date, today));
  const [mode, setMode] = useState<ConvocationMode>("dematerialisee");
  const [notice, setNotice] = useState<string>();
  const [sending, setSending] = useState(false);
  const { latest, requirement } = convocationDeadline(date, commune, details.urgence);
  const sent = details.convocation;
  const resend = convocationToResend(seance);
  const problem = convocationSendingProblem(date, bundle.points.length, sentOn, today);

  const send = async () => {
    setSending(true);
    try {
      const invitation = convocationInvitation(bundle, convocationText(bundle, sent?.sentOn ?? sentOn));
      // The invitation goes first, so that its event id is saved with the convocation; failing, it never blocks it.
      const outcome = await invitations
        .send(invitation, seance.invitationId)
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      const result = await write("seances", {
        kind: "update",
        id: seance.id,
        eTag: seance.eTag,
        patch: {
          convocationLe: parisToUtc(sentOn, "12:00"),
          modeConvocation: mode,
          statut: "convoquee",
          ...invitationIdPatch(outcome, seance.invitationId),
        },
      });
      setNotice(convocationNotice(result.status === "saved", invitationNotice(outcome, invitation)));
    } finally {
      setSending(false);
    }
  };
  const setUrgence = (urgence: boolean) =>
    void write("seances", { kind: "update", id: seance.id, eTag: seance.eTag, patch: { urgence } });

  return {
    busy,
    status: convocationStatus({ date, latest, requirement, sent, resend, today }),
    sent,
    urgence: details.urgence ?? false,
    setUrgence,
    sentOn,
    setSentOn,
    mode,
    setMode,
    problem: sendingProblemPlace(problem, bundle.points.length === 0),
    notice,
    canSend: !busy && !sending && problem === undefined,
    send,
  };
}

export type Convocation = ReturnType<typeof useConvocation>;
