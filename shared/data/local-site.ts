/**
 * The one site of the embedded store, answering like a SharePoint site at http://localhost/sites/mairie. Here, not in
 * local-store/, because the pages name it too (the data configuration of the preview).
 */
export const LOCAL_SITE = {
  id: "localhost,5d2c7a1e-3b1f-4c8e-9a57-1f0b6e2d4c11,0e8f6a3b-7c2d-4e19-b5a4-92c1d3e7f806",
  hostname: "localhost",
  path: "/sites/mairie",
} as const;

export const LOCAL_SITE_ID = LOCAL_SITE.id;
