// Run by a content package's build (cwd = the package), after tsup: validates the package's
// data with its own schema and publishes it as dist/data.json with a generated
// dist/data.schema.json. The package's ./schema entry exports `dataFileSchema` and
// `dataJsonSchema()`; its runtime entry exports `dataFile`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = join(process.cwd(), 'dist');
const { dataFileSchema, dataJsonSchema, parseData } = await import(pathToFileURL(join(dist, 'schema.js')).href);
const { dataFile } = await import(pathToFileURL(join(dist, 'index.js')).href);

parseData(dataFileSchema, dataFile, 'package data'); // a build with invalid data fails here, naming the path
writeFileSync(join(dist, 'data.json'), `${JSON.stringify(dataFile, null, 2)}\n`);
writeFileSync(join(dist, 'data.schema.json'), `${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
console.log(`open data: wrote dist/data.json and dist/data.schema.json`);
