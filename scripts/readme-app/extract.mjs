// Copies each README snippet marked `<!-- readme-app: <path> -->` into the app folder, as is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [readme, appDir] = process.argv.slice(2);
if (!readme || !appDir) throw new Error('usage: node extract.mjs README.md <app-dir>');
const text = readFileSync(readme, 'utf8');
const pattern = /<!-- readme-app: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g;
const written = [];
for (const [, file, code] of text.matchAll(pattern)) {
  const target = path.join(appDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${code}\n`);
  written.push(file);
}
if (written.length === 0) throw new Error(`${readme} has no <!-- readme-app: … --> snippets.`);
console.log(`README snippets: ${written.join(', ')}`);
