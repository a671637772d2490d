/** What bin/mairie.js needs from the bundle: the command and Paris's « today ». */
export { main } from "./main";
export { systemClock } from "@shared/ports/clock";
