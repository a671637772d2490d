/** The pane's page title and visible heading, drawn by its frame first (index.tsx), then by the pane (WordApp). */
export const PANE_TEXT = { title: "Mairie – Actes", heading: "Actes de la mairie" } as const;
