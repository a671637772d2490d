/**
 * The three pages of the suite: the heading each shows once its frame is drawn, the element that says its first view
 * can be used (CSS selector), and its simulated host (none for Teams).
 */
export const APP_PAGES = [
  {
    file: "word.html",
    heading: "Actes de la mairie",
    content: 'ul[aria-label="Clauses trouvées"]',
    simulated: "simulated-document",
  },
  {
    file: "excel.html",
    heading: "Budget de la commune",
    content: '[role="tabpanel"] button, [role="tabpanel"] [role="button"]',
    simulated: "simulated-sheet",
  },
  {
    file: "teams.html",
    heading: "Mairie — secrétariat général",
    content: '[aria-label="Échéances et formalités"]',
    simulated: null,
  },
] as const;
