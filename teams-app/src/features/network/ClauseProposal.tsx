import { Button, Caption1, Text } from "@fluentui/react-components";
import { canValidateClauses } from "../../common/identity";
import type { Workspace } from "../../common/workspace";
import { useWrite } from "../seance/use-write";
import { useClauseStyles } from "./clause-styles";
import type { ProposedVersion } from "./network";
import { validationOf, versionTitle } from "./proposal";

/** A version a member proposed, with the référent's « Valider ». */
export function ClauseProposal({ entry, ws }: { entry: ProposedVersion; ws: Workspace }) {
  const styles = useClauseStyles();
  const { busy, write } = useWrite();
  const { clause, version } = entry;
  const validate = () => write("validationsClauses", { kind: "create", ...validationOf(version) });
  const title = versionTitle(clause, version);
  return (
    <div className={styles.item}>
      <Text weight="semibold">{title}</Text>
      <Text>{version.texte}</Text>
      <Caption1>{`Proposée par ${version.auteur ?? "un membre du réseau"}`}</Caption1>
      {canValidateClauses(ws.identity) && (
        <div>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void validate()}
            aria-label={`Valider : ${title}`}
          >
            Valider
          </Button>
        </div>
      )}
    </div>
  );
}
