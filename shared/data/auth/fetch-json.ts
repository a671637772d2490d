/** A small JSON read of the page's own origin (config.json, a generated document's text), never from the cache. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return response.json();
}
