import { useMemo, useState } from "react";
import { SUBJECTS, isSubject } from "@shared/domain/acts/clauses";
import type { Subject } from "@shared/domain/acts/clauses";
import { useServices } from "../../app/services";
import { FIRST_SUBJECT } from "./skeleton-subjects";

/** The subject of the act to assemble, and its clauses in their legal order. */
export function useSkeletonSubject() {
  const { clauses } = useServices();
  const [subject, setSubject] = useState<Subject>(FIRST_SUBJECT);
  const parts = useMemo(() => clauses.assembleSkeleton(SUBJECTS[subject].actType, subject), [clauses, subject]);
  const choose = (value: string) => isSubject(value) && setSubject(value);
  return { subject, choose, parts };
}
