export { TextWithBlanks } from "./TextWithBlanks";
