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

/**
 * How the embedded store's French sentences begin when its disk refuses a write (full: 507, failing: 503). The
 * pages show those sentences as they are; SharePoint's own messages, in English, get a sentence of the suite's.
 */
export const LOCAL_DISK_MESSAGE_START = "Le disque du stockage local";
