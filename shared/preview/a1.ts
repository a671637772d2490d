/** A1 addresses for the simulated sheet and for mapping findings to cells. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function address(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

export function parseAddress(a1: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(a1.toUpperCase());
  if (!match) return null;
  const [, letters = "", digits = ""] = match;
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, column: column - 1 };
}
