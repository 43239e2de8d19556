import { readFile, rename, writeFile } from 'node:fs/promises';
import type { SandboxPersistence } from './options.ts';
import type { SandboxSnapshot } from './state/snapshot.ts';

/**
 * Keeps the sandbox's state in a JSON file: read at start (a missing file means "start empty"),
 * rewritten after changes through a temporary file and a rename, so a crash mid-write never leaves
 * half a file behind.
 */
export function filePersistence(path: string): SandboxPersistence {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        return JSON.parse(text) as SandboxSnapshot;
      } catch {
        throw new Error(`${path} is not a sandbox data file (invalid JSON); delete it to start afresh.`);
      }
    },
    async save(snapshot) {
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(snapshot));
      await rename(temporary, path);
    },
  };
}
