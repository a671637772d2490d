import { startOfficePane } from "@shared/office/start-pane";
import { PANE_TEXT } from "./frame";

startOfficePane("word", PANE_TEXT, async (host) =>
  (await import(/* webpackChunkName: "word-pane" */ "./pane")).wordPane(host),
);
