import { startOfficePane } from "@shared/office/start-pane";
import { PANE_TEXT } from "./frame";

startOfficePane("excel", PANE_TEXT, async (host) =>
  (await import(/* webpackChunkName: "excel-pane" */ "./pane")).excelPane(host),
);
