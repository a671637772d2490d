/** What bin/mairie.js needs from the bundle: the command and Paris's « today ». */
export { main } from "./main";
export { parisToday } from "./paris-today";
