/** The tab reads its data configuration like the Word pane does: see shared/data/auth/load-data-config.ts. */
export { loadDataConfig } from "@shared/data/auth/load-data-config";
