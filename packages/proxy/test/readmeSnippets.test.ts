import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READMES = [path.join(packageDir, 'README.md'), path.join(packageDir, '../../README.md')];
/** Where the snippets are compiled from, as if they were files of this package's tests. */
const snippetDir = path.join(packageDir, 'test', 'readme-snippets');
/** The partner's own authentication that the snippets import: only its types matter. */
const AUTH_STUB = `import type { Request, RequestHandler } from 'express';
export declare const requireUser: RequestHandler;
export declare function currentUser(req: Request): Promise<{ id: string } | null>;
`;

/**
 * The TypeScript snippets of the READMEs that use the proxy. A snippet without imports goes on
 * from the one before it in the same README (e.g. another way to mount what that one created).
 */
function proxySnippets(): Array<{ name: string; code: string }> {
  const snippets: Array<{ name: string; code: string }> = [];
  for (const readme of READMES) {
    const text = readFileSync(readme, 'utf8');
    let previous = '';
    let n = 0;
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const block = match[1] ?? '';
      n += 1;
      const standalone = /^import /m.test(block);
      const code = standalone ? block : `${previous}\n${block}`;
      previous = code;
      if (!/@dinie-embed\/proxy|\bdinie\.webhooks\b|\bjose\b/.test(block)) continue;
      snippets.push({ name: `${path.relative(path.join(packageDir, '../..'), readme)} #${n}`, code });
    }
  }
  return snippets;
}

describe('README snippets', () => {
  const snippets = proxySnippets();

  it('are found: the partner server, its other mount, the token check, the Redis stores', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    expect(snippets.some(({ code }) => code.includes('dinie.webhooks'))).toBe(true);
  });

  it('compile under the project’s strict settings', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(packageDir, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => undefined,
      },
    );
    if (!config) throw new Error('tsconfig.json could not be read');
    const files = new Map<string, string>([[path.join(snippetDir, 'auth.ts'), AUTH_STUB]]);
    snippets.forEach(({ code }, index) => {
      files.set(path.join(snippetDir, `snippet${index}.ts`), `${code}\nexport {};\n`);
    });
    const options = { ...config.options, noEmit: true };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.fileExists = (file) => files.has(file) || ts.sys.fileExists(file);
    host.directoryExists = (dir) => dir === snippetDir || ts.sys.directoryExists(dir);
    host.readFile = (file) => files.get(file) ?? ts.sys.readFile(file);
    host.getSourceFile = (file, language, ...rest) => {
      const text = files.get(file);
      return text === undefined
        ? getSourceFile(file, language, ...rest)
        : ts.createSourceFile(file, text, language);
    };
    const roots = [...files.keys()].filter((file) => file.includes(`${path.sep}snippet`));
    const program = ts.createProgram(roots, options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const file = diagnostic.file as ts.SourceFile;
        const index = Number(/snippet(\d+)\.ts$/.exec(file.fileName)?.[1]);
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const where = snippets[index]?.name ?? file.fileName;
        return `${where}, line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(problems).toEqual([]);
  }, 60_000);
});
