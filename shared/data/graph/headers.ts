import type { FetchOptions } from "@microsoft/microsoft-graph-client";

/** The SDK hands middleware either a Headers object or a plain record; these helpers accept both. */
export function setHeader(options: FetchOptions, name: string, value: string): void {
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else options.headers = { ...removeKey(headers as Record<string, string> | undefined, name), [name]: value };
}

export function deleteHeader(options: FetchOptions, name: string): void {
  const headers = options.headers;
  if (headers instanceof Headers) headers.delete(name);
  else if (headers) options.headers = removeKey(headers as Record<string, string>, name);
}

function removeKey(headers: Record<string, string> | undefined, name: string): Record<string, string> {
  const lower = name.toLowerCase();
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([key]) => key.toLowerCase() !== lower));
}

export function requestUrl(request: RequestInfo): string {
  return typeof request === "string" ? request : request.url;
}
