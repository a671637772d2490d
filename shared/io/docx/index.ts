export { DocxReadError, readDocxParagraphs, readDocxText } from "./read-docx";
export { documentXmlParagraphs } from "./document-xml";
