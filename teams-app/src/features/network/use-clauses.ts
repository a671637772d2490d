import { useLoad } from "@shared/ui/hooks/use-load";
import { useServices } from "../../app/services";
import { proposedVersions, validatedClauses } from "./network";

/** The network's clauses, their versions and validations, read once and sorted into proposed and validated. */
export function useClauses() {
  const { data } = useServices();
  return useLoad(
    () =>
      Promise.all([data.clauses.items(), data.clauseVersions.items(), data.validationsClauses.items()]).then(
        ([clauses, versions, validations]) => ({
          clauses: clauses.records,
          validations: validations.records,
          proposed: proposedVersions(clauses.records, versions.records, validations.records),
          validated: validatedClauses(clauses.records, versions.records, validations.records),
        }),
      ),
    [],
  );
}
