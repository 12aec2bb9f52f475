/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload hook, run by plain node */
// Preloaded with `node -r` so that a child process runs the TypeScript sources themselves (type
// checking is tsc's job, not the tests'): no build step, no stale dist/. Output is cached in the
// system's temporary directory, keyed by file, size and modification time.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let ts; // loaded on the first cache miss only
const { version } = require('typescript/package.json');
const cacheDir = path.join(os.tmpdir(), 'bot-transpile-cache');
fs.mkdirSync(cacheDir, { recursive: true });

function transpiled(filename) {
  const stat = fs.statSync(filename);
  const key = crypto.createHash('sha1').update(`${version}|${filename}|${stat.size}|${stat.mtimeMs}`).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    ts ??= require('typescript');
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true };
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions });
    const temporary = `${cached}.${process.pid}`;
    fs.writeFileSync(temporary, outputText);
    fs.renameSync(temporary, cached);
    return outputText;
  }
}

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  module._compile(transpiled(filename), filename);
};
