import type { Finding } from "@shared/domain/rules";
import { fr } from "../../i18n/fr";

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** How an entry opens: a checked finding by its severity badge and rule, an inferred one by its rule « à vérifier ». */
export type FindingHead =
  | { readonly kind: "toVerify"; readonly caption: string }
  | {
      readonly kind: "checked";
      readonly badgeColor: (typeof BADGE_COLOR)[Finding["severity"]];
      readonly severity: string;
      readonly rule: string;
    };

/** One finding as the list shows it. */
export interface FindingEntry {
  readonly key: string;
  readonly finding: Finding;
  readonly head: FindingHead;
  /** The message leads to the passage or cells concerned: the list can select, and the finding says where. */
  readonly selectable: boolean;
  /** The words the checker read, quoted under a finding to verify so the secretary judges it from the act. */
  readonly read: string | undefined;
  readonly reference: string;
}

/** The list's accessible name: the one the view gives, else what kind of findings it holds. */
export const findingsListLabel = (label: string | undefined, toVerify: boolean): string =>
  label ?? (toVerify ? fr.findings.toVerifyLabel : fr.findings.listLabel);

/** The entries of a list of findings, checked or to verify, whose messages lead to their passage when `selectable`. */
export function findingEntries(
  findings: readonly Finding[],
  toVerify: boolean,
  selectable: boolean,
): readonly FindingEntry[] {
  return findings.map((finding, index) => ({
    key: `${finding.rule}:${index}`,
    finding,
    head: toVerify
      ? { kind: "toVerify", caption: `${finding.rule} · ${fr.findings.toVerify}` }
      : {
          kind: "checked",
          badgeColor: BADGE_COLOR[finding.severity],
          severity: fr.findings.severity[finding.severity],
          rule: finding.rule,
        },
    selectable: selectable && finding.at !== undefined,
    read: toVerify && finding.evidence?.read ? fr.findings.read(finding.evidence.read) : undefined,
    reference: `${fr.findings.reference} : ${finding.ref}`,
  }));
}
