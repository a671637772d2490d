import JSZip from "jszip";
import { DocxReadError, documentXmlParagraphs, readDocxText } from "@shared/io/docx";
import { check, expectDocumentedError, fc, hostileText, settled } from "./support";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const TAGS = [
  "<w:p>",
  "</w:p>",
  "<w:p/>",
  "<w:t>",
  "</w:t>",
  '<w:t xml:space="preserve">',
  "<w:tab/>",
  "<w:br/>",
  "<w:cr/>",
  "<w:r>",
  "</w:r>",
  "<w:delText>",
  "</w:delText>",
  "<w:instrText>",
  "&amp;",
  "&lt;",
  "&#233;",
  "&#xE9;",
  "&#x110000;",
  "&#9999999;",
  "&#0;",
  "&#xD800;",
  "&bogus;",
  "<",
  ">",
  "<!--",
  "<![CDATA[",
  "]]>",
];

async function docx(
  documentXml: string | undefined,
  extra: Readonly<Record<string, string>> = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  if (documentXml !== undefined) zip.file("word/document.xml", documentXml);
  for (const [path, content] of Object.entries(extra)) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const body = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;

describe("lecteur .docx : entrées hostiles", () => {
  it("extrait des paragraphes de n'importe quel XML de document sans lever d'exception", async () => {
    await check(
      [hostileText(TAGS)],
      async (xml) => {
        const { value, error } = await settled(() => documentXmlParagraphs(xml));
        expect(error).toBeUndefined();
        expect(Array.isArray(value)).toBe(true);
      },
      400,
    );
  });

  it("rend le texte ou une DocxReadError française sur n'importe quels octets", async () => {
    await check(
      [fc.uint8Array({ maxLength: 1000 })],
      async (bytes) => {
        const { error } = await settled(() => readDocxText(bytes, "acte.docx"));
        if (error !== undefined) expectDocumentedError(error, DocxReadError);
      },
      300,
    );
  });

  it("rend le texte ou une DocxReadError française sur une archive valide au contenu quelconque", async () => {
    const content = fc.option(hostileText(TAGS).map(body), { nil: undefined });
    await check(
      [content, fc.nat()],
      async (xml, cut) => {
        const bytes = await docx(xml);
        // Half of the archives are truncated, as an interrupted download leaves them.
        const sample = cut % 2 === 0 ? bytes : bytes.subarray(0, cut % bytes.length);
        const { value, error } = await settled(() => readDocxText(sample, "acte.docx"));
        if (error !== undefined) expectDocumentedError(error, DocxReadError);
        else expect(typeof value).toBe("string");
      },
      200,
    );
  });

  it("rend le texte ou une DocxReadError française sur une archive aux octets altérés", async () => {
    const bytes = await docx(
      body("<w:p><w:r><w:t>Le Conseil Municipal, après en avoir délibéré, DÉCIDE :</w:t></w:r></w:p>".repeat(20)),
    );
    await check(
      [
        fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
      ],
      async (flips) => {
        const altered = new Uint8Array(bytes);
        for (const [at, value] of flips) altered[at] = value;
        const { error } = await settled(() => readDocxText(altered, "acte.docx"));
        if (error !== undefined) expectDocumentedError(error, DocxReadError);
      },
      300,
    );
  });

  it.each([
    [
      "5 Mo de paragraphes",
      () =>
        body("<w:p><w:r><w:t>Vu le code général des collectivités territoriales ;</w:t></w:r></w:p>".repeat(60_000)),
    ],
    ["100 000 niveaux d'imbrication", () => body(`${"<w:r>".repeat(100_000)}<w:t>x</w:t>${"</w:r>".repeat(100_000)}`)],
    ["un texte tronqué au milieu d'une balise", () => body("<w:p><w:r><w:t>Délibération".repeat(50_000)).slice(0, -37)],
    ["1 Mo de références de caractères", () => body(`<w:p><w:t>${"&#233;&#x110000;".repeat(70_000)}</w:t></w:p>`)],
  ])("termine dans le temps imparti sur un document de %s", async (_, make) => {
    const bytes = await docx(make());
    const { error } = await settled(() => readDocxText(bytes, "acte.docx"));
    if (error !== undefined) expectDocumentedError(error, DocxReadError);
  });
});
