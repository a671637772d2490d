import type { DocumentFile, LibraryFiles } from "./documents-port";

/** An in-memory library by path, for the tests of what the suite keeps in « Publications ». */
export function memoryLibrary(): LibraryFiles & { readonly files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    uploadTo: (folder, name, bytes) => {
      files.set([...folder, name].join("/"), bytes);
      return Promise.resolve({ id: name, name, webUrl: "https://contoso.sharepoint.com/f" } as DocumentFile);
    },
    downloadFrom: (folder, name) => Promise.resolve(files.get([...folder, name].join("/"))),
  };
}
