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
    severity: { error: "Erreur", warning: "Avertissement", info: "Information" },
    count: (errors: number, warnings: number, infos: number) =>
      `${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}, ${infos} information${infos > 1 ? "s" : ""}`,
    reference: "Référence",
  },
  errors: {
    unexpected: "Une erreur inattendue est survenue. Votre saisie est conservée ; réessayez.",
  },
  loading: "Chargement…",
} as const;
