import { MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PlanBudgetGap } from "@shared/domain/subsidies/compare-with-budget";
import type { FinancingPlan } from "@shared/domain/subsidies/plan";
import { messageOf } from "@shared/ui/hooks/async-state";
import { comparePlanWithWorkbook } from "../budget/plan-vs-budget";
import { useServices } from "../../app/services";

type Outcome = { readonly gaps: readonly PlanBudgetGap[] } | { readonly failure: string };

/** The checked plan beside the budget lines of its opération (crédits votés in the Budget sheet). */
export function PlanBudgetGaps({ plan }: { plan: FinancingPlan }) {
  const { workbook } = useServices();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    let current = true;
    comparePlanWithWorkbook(workbook, plan)
      .then((gaps) => current && setOutcome({ gaps }))
      .catch((error: unknown) => current && setOutcome({ failure: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [workbook, plan]);
  if (!outcome) return null;
  const operation = plan.project.operation?.trim();
  return (
    <section aria-label="Le plan et le budget">
      <Subtitle2 as="h2">Le plan et le budget</Subtitle2>
      {"failure" in outcome ? (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>{`Plan non rapproché du budget : ${outcome.failure}`}</MessageBarBody>
        </MessageBar>
      ) : outcome.gaps.length === 0 ? (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{`Opération ${operation ?? ""} : les dépenses et les subventions inscrites au budget sont celles du plan.`}</MessageBarBody>
        </MessageBar>
      ) : (
        <ul aria-label="Écarts entre le plan et le budget">
          {outcome.gaps.map((gap) => (
            <li key={gap.kind}>{gap.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
