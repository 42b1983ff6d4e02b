// The report-render worker as the jest tests run it (see report-worker-file.ts): Node 20 cannot load
// TypeScript, so this registers a require hook that compiles each .ts file on load with TypeScript's own
// transpileModule (as ts-jest does, one file at a time, to CommonJS) and resolves @lab/domain as
// tsconfig.json's paths do, then loads apps/api/src/reports/report-render.worker.ts. The built API
// (nest build, dist/) needs none of this: its worker is the compiled report-render.worker.js.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '../..');
const domain = join(root, 'libs/domain/src');
const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  inlineSourceMap: true,
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@lab/domain') request = join(domain, 'index.ts');
  else if (request.startsWith('@lab/domain/')) request = join(domain, request.slice('@lab/domain/'.length));
  return resolveFilename.call(this, request, ...rest);
};
Module._extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};

const worker = createRequire(import.meta.url)(join(root, 'apps/api/src/reports/report-render.worker.ts'));
export default worker.default;
