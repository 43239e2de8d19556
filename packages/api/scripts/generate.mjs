/**
 * Generates `src/generated/openapi.ts` from `openapi.yaml` with openapi-typescript.
 *
 * Usage: `node scripts/generate.mjs [output]`; the output defaults to the committed file.
 * `check-generated.mjs` renders through the same function, so the two can never disagree on
 * options.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

/** The OpenAPI document the types are generated from. */
export const SOURCE = new URL('../openapi.yaml', import.meta.url);

/** The committed generated file. */
export const TARGET = new URL('../src/generated/openapi.ts', import.meta.url);

const generatorVersion = JSON.parse(
  await readFile(new URL('../node_modules/openapi-typescript/package.json', import.meta.url), 'utf8'),
).version;

const HEADER = `/**
 * Generated from packages/api/openapi.yaml by openapi-typescript ${generatorVersion}; do not edit.
 * Regenerate with \`pnpm --filter @dinie-embed/api run generate\`;
 * \`pnpm --filter @dinie-embed/api run check:generated\` fails while this file is stale.
 */

`;

const BLOB = ts.factory.createTypeReferenceNode('Blob');

/** Renders the TypeScript source for `openapi.yaml`. */
export async function renderTypes() {
  const ast = await openapiTS(SOURCE, {
    // A `default` must not make a request key required (a rotation body may omit
    // `expire_current_in`); every key the server always sends is listed in `required`.
    defaultNonNullable: false,
    // `{}` in the document means "any object", not "an object with no keys".
    emptyObjectsUnknown: true,
    silent: true,
    // Uploaded files travel as multipart parts, which fetch builds from a Blob, not a string.
    transform(schemaObject) {
      if (schemaObject.contentMediaType === 'application/octet-stream') return BLOB;
      return undefined;
    },
  });
  return HEADER + astToString(ast);
}

/** Writes the rendered types to `output` (a path or file URL). */
export async function writeTypes(output = TARGET) {
  const path = output instanceof URL ? fileURLToPath(output) : output;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await renderTypes());
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await writeTypes(process.argv[2]);
  console.log(`Wrote ${written}`);
}
