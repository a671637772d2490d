import { DOSSIER_MAX_BYTES } from "@shared/domain/transmission";
import type { ChosenFile } from "./dossier-envelope";

export function readFile(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(`Le fichier « ${file.name} » n'a pas pu être lu.`));
    reader.readAsArrayBuffer(file);
  });
}

/** Above the envelope's limit a file is not read: TDT-TAILLE names it from its size, and nothing is exported. */
export async function choose(files: FileList | null, role: ChosenFile["role"]): Promise<ChosenFile[]> {
  return Promise.all(
    [...(files ?? [])].map(async (file) => ({
      name: file.name,
      role,
      size: file.size,
      ...(file.type ? { mediaType: file.type } : {}),
      ...(file.size <= DOSSIER_MAX_BYTES ? { bytes: await readFile(file) } : {}),
    })),
  );
}

export function saveZip(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The browser has the file once the click is handled; the URL would only hold the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
