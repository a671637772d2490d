/**
 * Hostile text a secretary, an élu or a foreign tool could store in any field. Each payload, were it ever
 * interpreted as HTML, script, a template, a URL or a formula, would set `window.__xss` or open a dialog: the
 * browser tests assert that neither happened and that the text shows as typed. Every payload is one line, has no
 * control character and no surrounding space, as a clause variable demands; the long one stays under the 4 000
 * characters a clause variable accepts.
 */
export interface XssPayload {
  readonly name: string;
  readonly text: string;
}

const LONG_TAIL = `<img src=x onerror="window.__xss='long'">`;

export const XSS_PAYLOADS: readonly XssPayload[] = [
  { name: "script", text: `<script>window.__xss='script'</script>` },
  { name: "img onerror", text: `<img src=x onerror="window.__xss='img'">` },
  { name: "svg onload", text: `<svg onload="window.__xss='svg'"><circle r="4"/></svg>` },
  { name: "javascript: URL", text: `javascript:window.__xss='url'//` },
  { name: "URL data:", text: `data:text/html,<script>parent.__xss='data'</script>` },
  { name: "lien HTML", text: `<a href="javascript:alert('lien')">Ouvrir</a>` },
  { name: "sortie d'attribut", text: `"><img src=x onerror=alert('attribut')>` },
  { name: "sortie d'attribut simple", text: `' onmouseover='window.__xss="quote"' x='` },
  { name: "iframe srcdoc", text: `<iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>` },
  { name: "details ontoggle", text: `<details open ontoggle="window.__xss='details'">` },
  { name: "gabarit moustache", text: `{{constructor.constructor('window.__xss="moustache"')()}}` },
  { name: "gabarit ${}", text: "${window.__xss='template'} {objet} {maire|Monsieur/Madame}" },
  { name: "formule HYPERLINK", text: `=HYPERLINK("javascript:window.__xss='formule'";"Cliquez ici")` },
  { name: "formule DDE", text: `+cmd|' /C calc'!A0` },
  { name: "formule @", text: `@SUM(1+1)*cmd|' /C calc'!A0` },
  { name: "OOXML", text: `</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Injecté</w:t></w:r><w:r><w:t>` },
  {
    name: "OOXML paragraphe",
    text: `<w:p><w:r><w:instrText>HYPERLINK "javascript:alert(1)"</w:instrText></w:r></w:p>`,
  },
  { name: "entités", text: `&lt;img src=x onerror=alert('entité')&gt; &amp;lt;b&amp;gt; <![CDATA[x]]>` },
  { name: "inversion bidi", text: `Facture\u202Egpj.exe\u202C \u2067مرحبا\u2069 \u200Bzéro` },
  {
    name: "texte très long",
    text: `${"Délibération fixant les tarifs de la cantine. ".repeat(80).trim()} ${LONG_TAIL}`,
  },
];

/** A payload at most `max` characters long (SharePoint's single-line columns stop at 255). */
export function fitting(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).trimEnd();
}
