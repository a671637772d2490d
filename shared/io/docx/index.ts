export { DocxReadError, readDocxCustomProperties, readDocxParagraphs, readDocxText } from "./read-docx";
export { documentXmlParagraphs } from "./document-xml";
