/** Picked or dropped files as text, each named by its file name (made unique: "a.json (2)"). */
export interface NamedText {
  source: string;
  text: string;
}

export async function readFiles(files: readonly File[], taken: readonly string[] = []): Promise<NamedText[]> {
  const used = new Set(taken);
  const named: NamedText[] = [];
  for (const file of files) {
    let source = file.name;
    for (let n = 2; used.has(source); n++) source = `${file.name} (${n})`;
    used.add(source);
    named.push({ source, text: await file.text() });
  }
  return named;
}
