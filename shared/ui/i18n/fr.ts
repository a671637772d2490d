import { formatSeverityCounts, SEVERITY_LABELS } from "@shared/domain/common/severity";

/** Every user-facing string of the shared UI, in French. Rule messages live in the rules themselves. */
export const fr = {
  preview: {
    banner: "Aperçu hors Office : les données et le document sont simulés dans la page.",
    teamsBanner: "Aperçu hors Teams : le contexte Teams est simulé dans la page.",
    theme: "Thème de l'aperçu",
  },
  findings: {
    none: "Aucune anomalie trouvée.",
    listLabel: "Résultats de la vérification",
    severity: SEVERITY_LABELS,
    count: formatSeverityCounts,
    reference: "Référence",
    toVerifyLabel: "Constats à vérifier",
    toVerify: "à vérifier",
    read: (words: string) => `Lu dans l'acte : « ${words} »`,
  },
  errors: {
    unexpected: "Une erreur inattendue est survenue. Votre saisie est conservée ; réessayez.",
  },
  loading: "Chargement…",
  help: "Aide",
} as const;
