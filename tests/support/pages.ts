/** The three pages of the suite, the heading each shows once rendered, and its simulated host (none for Teams). */
export const APP_PAGES = [
  { file: "word.html", heading: "Actes de la mairie", simulated: "simulated-document" },
  { file: "excel.html", heading: "Budget de la commune", simulated: "simulated-sheet" },
  { file: "teams.html", heading: "Mairie — secrétariat général", simulated: null },
] as const;
