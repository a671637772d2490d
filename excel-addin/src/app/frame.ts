/** The pane's page title and visible heading, drawn by its frame first (index.tsx), then by the pane (ExcelApp). */
export const PANE_TEXT = { title: "Mairie – Budget", heading: "Budget de la commune" } as const;
