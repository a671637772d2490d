import { useState } from "react";
import { useStoredDraft } from "../../common/use-stored-draft";
import type { Workspace } from "../../common/workspace";
import { useWrite } from "../seance/use-write";
import { EMPTY_PROPOSAL, NOTICES, firstVersion, noticeAfterText, restoredNotice, withKeys } from "./proposal";

/**
 * A clause proposed to the network, kept as a draft in the browser until its text is sent: first the clause, then
 * its first version, each with its client id so that proposing again after a failure never stores twice.
 */
export function useProposeForm(ws: Workspace) {
  const { busy, write } = useWrite();
  const { draft, update, clear } = useStoredDraft("proposition-clause", EMPTY_PROPOSAL);
  const [notice, setNotice] = useState<string | undefined>(() => restoredNotice(draft));
  const propose = async () => {
    const keys = withKeys(draft, () => crypto.randomUUID());
    update(keys);
    const created = await write("clauses", {
      kind: "create",
      draft: { intitule: draft.intitule.trim(), categorie: "deliberation" },
      clientId: keys.clauseKey,
    });
    if (created.status !== "saved" || !created.record) {
      setNotice(NOTICES.clauseWaiting);
      return;
    }
    const version = firstVersion(draft, created.record.id, ws.identity.nom);
    const sent = await write("clauseVersions", { kind: "create", draft: version, clientId: keys.versionKey });
    const after = noticeAfterText(sent.status);
    if (after === undefined) return;
    clear();
    setNotice(after);
  };
  const canSend = !busy && draft.intitule.trim() !== "" && draft.texte.trim() !== "";
  return { draft, update, notice, canSend, propose };
}
