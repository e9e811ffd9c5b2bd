import type { BatchSource } from './BatchState.svelte';

/** Files as the batch reads them: named with their folder when a folder was chosen, bytes read on their turn. */
export function sourcesOf(list: FileList | readonly File[] | null | undefined): BatchSource[] {
  return [...(list ?? [])].map((f) => ({ name: f.webkitRelativePath || f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
}

/** Whether a drop belongs to the batch: several files, a .zip, or the batch view showing. */
export function dropIsBatch(files: readonly File[], view: 'single' | 'batch'): boolean {
  return view === 'batch' || files.length > 1 || files.some((f) => /\.zip$/i.test(f.name));
}
