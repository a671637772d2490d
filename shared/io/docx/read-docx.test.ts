import JSZip from "jszip";
import { DocxReadError, documentXmlParagraphs, readDocxParagraphs, readDocxText } from ".";
import { MAX_DOCUMENT_XML_BYTES, MAX_DOCX_BYTES } from "./read-docx";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("documentXmlParagraphs", () => {
  it("assemble les runs, tabulations et sauts de ligne d'un paragraphe", () => {
    const xml = `<w:p><w:pPr><w:pStyle w:val="Titre"/></w:pPr><w:r><w:t>Article 1</w:t></w:r><w:r><w:t xml:space="preserve">er : </w:t></w:r><w:r><w:tab/><w:t>Les tarifs</w:t><w:br/><w:t>suite</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Pour &amp; contre &lt;3&gt; &#233;t&#xE9;</w:t></w:r></w:p>`;
    expect(documentXmlParagraphs(xml)).toEqual(["Article 1er : \tLes tarifs\nsuite", "", "Pour & contre <3> été"]);
  });

  it("ignore le texte supprimé et les codes de champ", () => {
    const xml = `<w:p><w:del><w:r><w:delText>ancien</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>nouveau</w:t></w:r></w:p>`;
    expect(documentXmlParagraphs(xml)).toEqual(["nouveau"]);
  });

  it("lit les paragraphes d'un tableau dans l'ordre", () => {
    const xml = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Présents : 11</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Votants : 13</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    expect(documentXmlParagraphs(xml)).toEqual(["Présents : 11", "Votants : 13"]);
  });
});

describe("readDocxText", () => {
  it("lit word/document.xml, une ligne par paragraphe", async () => {
    const bytes = await docx(
      "<w:p><w:r><w:t>Objet : Tarifs</w:t></w:r></w:p><w:p><w:r><w:t>Vu le code</w:t><w:br/><w:t>suite</w:t></w:r></w:p>",
    );
    expect(await readDocxParagraphs(bytes, "acte.docx")).toEqual(["Objet : Tarifs", "Vu le code\nsuite"]);
    expect(await readDocxText(bytes, "acte.docx")).toBe("Objet : Tarifs\nVu le code suite");
  });

  it("refuse un fichier qui n'est pas un .docx, en français", async () => {
    await expect(readDocxText(new TextEncoder().encode("pas un zip"), "acte.docx")).rejects.toThrow(
      new DocxReadError("acte.docx : ce n'est pas un document Word (.docx) lisible."),
    );
    const zip = new JSZip();
    zip.file("autre.txt", "x");
    await expect(readDocxText(await zip.generateAsync({ type: "uint8array" }), "vide.docx")).rejects.toThrow(
      /word\/document\.xml absent/,
    );
  });
});

describe("lecteur .docx borné", () => {
  it("refuse un fichier trop volumineux avant de l'ouvrir", async () => {
    await expect(readDocxText(new Uint8Array(MAX_DOCX_BYTES + 1), "gros.docx")).rejects.toThrow(
      new DocxReadError(
        `gros.docx : fichier trop volumineux (${MAX_DOCX_BYTES + 1} octets ; un document Word lu ici fait au plus 20 Mo).`,
      ),
    );
  });

  it("nomme l'octet où un .docx est tronqué", async () => {
    const whole = await docx("<w:p><w:r><w:t>Objet : Tarifs</w:t></w:r></w:p>");
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    await expect(readDocxText(cut, "coupé.docx")).rejects.toThrow(
      `coupé.docx : fichier tronqué à l'octet ${cut.length} (la fin de l'archive .docx manque`,
    );
  });

  it("arrête une archive piégée qui gonfle au-delà de la limite, sans tout décompresser", async () => {
    const bomb = await docx("<w:p/>".repeat(Math.ceil(MAX_DOCUMENT_XML_BYTES / 6) + 10));
    expect(bomb.length).toBeLessThan(MAX_DOCUMENT_XML_BYTES / 100);
    await expect(readDocxText(bomb, "piège.docx")).rejects.toThrow(
      "piège.docx : contenu trop volumineux une fois décompressé (word/document.xml dépasse 32 Mo ; archive piégée ?).",
    );
  });

  it("ne laisse passer aucun caractère de contrôle d'un document", async () => {
    const bytes = await docx("<w:p><w:r><w:t>a&#27;[2Jb\u0007c&#x9B;d</w:t><w:tab/><w:t>e</w:t></w:r></w:p>");
    expect(await readDocxParagraphs(bytes, "ctrl.docx")).toEqual(["a[2Jbcd\te"]);
  });
});
