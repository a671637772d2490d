import { Badge, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { isIsoDate } from "@shared/domain/common";
import type { Clause, ClauseStanding, ClauseValues } from "@shared/domain/acts/clauses";
import { useServices } from "../../app/services";

/** The date whose law applies to the act: its séance when the form has one, else today. */
export function useActDate(values: ClauseValues | undefined): string {
  const { clock } = useServices();
  const seance = values?.["dateSeance"];
  return typeof seance === "string" && isIsoDate(seance) ? seance : clock.today();
}

/** The badges of a clause in a list: validated or whose proposal, then « À vérifier » when its references are. */
export function StandingBadges({ standing }: { standing: ClauseStanding }) {
  const color = standing.label === "À revoir" ? "danger" : standing.validated ? "success" : "informative";
  return (
    <>
      <Badge appearance={standing.validated ? "filled" : "tint"} color={color}>
        {standing.label}
      </Badge>
      {standing.toCheck && (
        <Badge appearance="filled" color="warning">
          À vérifier
        </Badge>
      )}
    </>
  );
}

/** What the form says before insertion: not validated, references to check, checker flags. */
export function StandingNotice({ clause, standing }: { clause: Clause; standing: ClauseStanding }) {
  const flags = clause.flags ?? [];
  return (
    <>
      {flags.length > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{`Clause à revoir, non proposée comme validée : ${flags.join(" ")}`}</MessageBarBody>
        </MessageBar>
      ) : (
        clause.status !== "validee" && (
          <MessageBar intent="warning">
            <MessageBarBody>{`Clause ${standing.label.toLowerCase()}, non validée : à faire relire avant usage.`}</MessageBarBody>
          </MessageBar>
        )
      )}
      {standing.toCheck && (
        <MessageBar intent="warning">
          <MessageBarBody>{`Références à vérifier, la clause ne peut être dite validée : ${standing.concerns.map((c) => c.message).join(" ")}`}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
