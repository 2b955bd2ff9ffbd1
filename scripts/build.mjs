// Builds everything clasp pushes into build/, plus the local CLI:
//   build/Code.js         src/addon/main.ts bundled for Apps Script (V8), minified, with one top-level
//                         `function` per entry point of src/addon/registry.ts (generated, never by hand)
//   build/*.html          every page in sidebar/pages/, one self-contained file each
//   build/appsscript.json the manifest: appsscript.json + the web app block of the deploy profile
//                         (KANRI_PROFILE=domain|links, default links; scripts/manifest.mjs)
//   build/cli.cjs         the `kanri` command (Node), which runs build/Code.js inside the emulator
//   build/.apps-script-files.json  the list of every file above made for Apps Script (npm run deploy
//                         checks that clasp would push exactly these: scripts/clasp-files.mjs)
//   build-local/          the local sandbox's own pages (src/local/sandbox/client): outside clasp's
//                         rootDir, so never pushed (a browser script pushed as server code would run at
//                         load on every execution and fail on localStorage/document)
// Writes go to a temp file renamed into place, so a concurrent reader never sees half a file.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BUILD_PROFILE, manifestFor, profileNamed } from './manifest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build');
fs.mkdirSync(out, { recursive: true });

function writeAtomic(file, content) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** Every file written for Apps Script (relative to build/): what clasp must push, no more, no less. */
const shipped = new Set();
function ship(name, content) {
  writeAtomic(path.join(out, name), content);
  shipped.add(name);
}

/** The bundle exposes its registry as the global `Kanri`; every stub calls into it. */
const GLOBAL = 'Kanri';

/**
 * Leaves each message area's English half out of Code.js (`{ ja, en }` becomes `{ ja, en: {} }`, and
 * the unused English object is then dropped); the English catalog ships as messages-en.html.
 */
/** Message areas only the lazy modules use: left out of Code.js (Japanese too), in messages-ja-rest.html. */
const LAZY_MESSAGE_AREAS = ['payroll', 'payslip', 'ledgers', 'zengin', 'journal', 'year-end', 'year-end-shell', 'assets', 'routine', 'payroll-shell', 'outputs', 'sandbox', 'contracts', 'salary-report'];

/** Code.js only: the areas above are dropped from the catalog list of src/core/messages/ja.ts. */
const lazyMessageAreas = {
  name: 'lazy-message-areas',
  setup(b) {
    b.onLoad({ filter: /src[\\/]core[\\/]messages[\\/]ja\.ts$/ }, (args) => {
      let source = fs.readFileSync(args.path, 'utf8');
      for (const area of LAZY_MESSAGE_AREAS) {
        const m = new RegExp(`import \\{ (\\w+) \\} from '\\./${area}';\\n`).exec(source);
        if (!m) throw new Error(`lazy message area ${area}: no import in ja.ts`);
        source = source.replace(m[0], '').replace(new RegExp(`^\\s*${m[1]},\\n`, 'm'), '');
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

async function buildJapaneseRest() {
  const rest = {};
  for (const area of LAZY_MESSAGE_AREAS) {
    const exports = await evaluateModule(`src/core/messages/${area}.ts`);
    const catalog = Object.values(exports).find((v) => v && typeof v === 'object' && 'ja' in v);
    Object.assign(rest, catalog.ja);
  }
  ship('messages-ja-rest.html', JSON.stringify(rest));
}

const japaneseOnlyCatalogs = {
  name: 'japanese-only-catalogs',
  setup(b) {
    b.onLoad({ filter: /src[\\/]core[\\/]messages[\\/][^\\/]+\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: source.replace(/=\s*\{\s*ja,\s*en\s*\};/g, '= { ja, en: {} };'), loader: 'ts' };
    });
  },
};

/**
 * Tables kept out of Code.js (see src/core/dataFiles.ts): in the Apps Script build each module below
 * becomes a lazy reader of `build/<file>.html`, written here from the module's own export.
 */
const LAZY_DATA = [
  { module: 'src/core/payroll/rates/withholding.generated.ts', exportName: 'withholdingEditions', file: 'data-withholding' },
];

const lazyDataModules = {
  name: 'lazy-data-modules',
  setup(b) {
    for (const d of LAZY_DATA) {
      const target = path.join(root, d.module);
      b.onLoad({ filter: new RegExp(`${path.basename(d.module).replace(/\./g, '\\.')}$`) }, (args) => {
        if (path.resolve(args.path) !== target) return undefined;
        const dataFiles = path.relative(path.dirname(target), path.join(root, 'src/core/dataFiles.ts')).replace(/\\/g, '/').replace(/\.ts$/, '');
        return { contents: `import { lazyArray } from '${dataFiles.startsWith('.') ? dataFiles : `./${dataFiles}`}';\nexport const ${d.exportName} = lazyArray(${JSON.stringify(d.file)});\n`, loader: 'ts', resolveDir: path.dirname(target) };
      });
    }
  },
};

async function evaluateModule(file) {
  const result = await build({ entryPoints: [path.join(root, file)], bundle: true, write: false, format: 'cjs', platform: 'neutral', target: 'es2020' });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  return module.exports;
}

async function buildDataFiles() {
  for (const d of LAZY_DATA) ship(`${d.file}.html`, JSON.stringify((await evaluateModule(d.module))[d.exportName]));
}

async function buildEnglishCatalog() {
  const result = await build({
    entryPoints: [path.join(root, 'src/core/messages/en.ts')], bundle: true, write: false, format: 'cjs', platform: 'neutral', target: 'es2020',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  ship('messages-en.html', JSON.stringify(module.exports.en));
}

/** `--analyze`: which sources make Code.js big (bytes each input adds to the minified bundle). */
const ANALYZE = process.argv.includes('--analyze');
function printLargestInputs(metafile) {
  const inputs = Object.values(metafile.outputs)[0].inputs;
  const rows = Object.entries(inputs).map(([file, i]) => [i.bytesInOutput, file]).sort((a, b) => b[0] - a[0]).slice(0, Number(process.env.ANALYZE_TOP ?? 40));
  for (const [bytes, file] of rows) console.log(`${String(bytes).padStart(8)}  ${file}`);
}

async function buildCode() {
  const result = await build({
    plugins: [lazyMessageAreas, japaneseOnlyCatalogs, lazyDataModules],
    entryPoints: [path.join(root, 'src/addon/main.ts')],
    bundle: true, write: false, format: 'iife', globalName: GLOBAL,
    platform: 'neutral', mainFields: ['module', 'main'], target: 'es2020',
    minify: true, legalComments: 'none', charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: ANALYZE,
  });
  if (ANALYZE) printLargestInputs(result.metafile);
  const bundle = result.outputFiles[0].text;
  // Read the entry list from the bundle itself, loaded in a bare context: this is also the first
  // proof that the bundle loads without Node's globals.
  const context = vm.createContext({});
  vm.runInContext(bundle, context, { filename: 'Code.js' });
  const entries = vm.runInContext(`${GLOBAL}.describeEntryPoints()`, context);
  const problems = [];
  const seen = new Set();
  for (const e of entries) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(e.name)) problems.push(`${e.name}: an entry point's name is letters and digits, no trailing _`);
    if (seen.has(e.name)) problems.push(`${e.name}: declared twice`);
    seen.add(e.name);
    if (e.kind === 'rpc' && (!Array.isArray(e.roles) || e.roles.length === 0)) problems.push(`${e.name}: an RPC must declare its roles`);
  }
  if (problems.length) throw new Error(`Entry points:\n  ${problems.join('\n  ')}`);
  const stubs = entries.map((e) => {
    // `arguments` as it is: the dispatcher copies it into an array (dispatch.ts), so each stub stays one short line
    const call = `${GLOBAL}.${e.kind === 'rpc' ? 'callRpc' : 'callEntry'}(${JSON.stringify(e.name)},arguments)`;
    // kind and roles only: each summary is in the registry and in `kanri entrypoints`, and bytes here cost every execution
    return `/** ${e.kind}${e.roles ? ` (${e.roles.join(', ')})` : ''} */\nfunction ${e.name}(){return ${call}}`;
  });
  const code = `// Kanri — generated by scripts/build.mjs from src/; do not edit.\n${bundle}\n${stubs.join('\n')}\n`;
  ship('Code.js', code);
  return { bytes: Buffer.byteLength(code), entries: entries.length };
}

/** Lazy modules (src/addon/lazy.ts): code only some executions need, evaluated on demand. */
const LAZY_MODULES = [
  { name: 'payroll', entry: 'src/addon/payroll/module.ts' },
  { name: 'outputs', entry: 'src/addon/outputs/module.ts' },
  { name: 'selftest', entry: 'src/addon/selftest/module.ts' },
  { name: 'overwork', entry: 'src/addon/attendance/overworkModule.ts' },
  { name: 'yearend', entry: 'src/addon/year-end/module.ts' },
  { name: 'setup', entry: 'src/addon/setupModule.ts' },
  { name: 'assets', entry: 'src/addon/assets/module.ts' },
  { name: 'masters', entry: 'src/addon/mastersModule.ts' },
  { name: 'routine', entry: 'src/addon/routineModule.ts' },
  { name: 'attendanceMonth', entry: 'src/addon/attendance/monthModule.ts' },
  { name: 'contracts', entry: 'src/addon/contracts/module.ts' },
];

async function buildLazyModules() {
  const sizes = [];
  for (const m of LAZY_MODULES) {
    if (!fs.existsSync(path.join(root, m.entry))) continue;
    const result = await build({
      entryPoints: [path.join(root, m.entry)], plugins: [japaneseOnlyCatalogs, lazyDataModules],
      bundle: true, write: false, format: 'iife', globalName: 'KanriModule', platform: 'neutral', mainFields: ['module', 'main'],
      target: 'es2020', minify: true, legalComments: 'none', charset: 'utf8',
    });
    const code = result.outputFiles[0].text;
    ship(`module-${m.name}.html`, code);
    sizes.push(`${m.name} ${Buffer.byteLength(code)}`);
  }
  return sizes;
}

async function buildPages() {
  const dir = path.join(root, 'sidebar/pages');
  if (!fs.existsSync(dir)) return 0;
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const base = page.slice(0, -5);
    let html = fs.readFileSync(path.join(dir, page), 'utf8');
    const script = path.join(dir, `${base}.ts`);
    if (fs.existsSync(script)) {
      const js = await build({ entryPoints: [script], bundle: true, write: false, format: 'iife', target: 'es2019', minify: true, charset: 'utf8' });
      html = html.replace('<!-- script -->', () => `<script>${js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')}</script>`);
    }
    const css = path.join(root, 'sidebar/style.css');
    if (fs.existsSync(css)) html = html.replace('<!-- style -->', () => `<style>${fs.readFileSync(css, 'utf8')}</style>`);
    ship(page, html);
  }
  return pages.length;
}

async function buildCli() {
  await build({
    entryPoints: [path.join(root, 'src/local/cli/main.ts')],
    bundle: true, outfile: path.join(out, 'cli.cjs.tmp'), format: 'cjs', platform: 'node', target: 'node20',
    packages: 'external', sourcemap: 'inline', charset: 'utf8', logLevel: 'warning',
  });
  fs.renameSync(path.join(out, 'cli.cjs.tmp'), path.join(out, 'cli.cjs'));
}

/** The sandbox's admin view (one self-contained HTML file) and the web app's local user bar. */
async function buildLocalPages() {
  const dir = path.join(root, 'src/local/sandbox/client');
  if (!fs.existsSync(dir)) return;
  const localOut = path.join(root, 'build-local');
  fs.mkdirSync(localOut, { recursive: true });
  fs.rmSync(path.join(out, 'local'), { recursive: true, force: true }); // left by builds before build-local/
  const bundle = async (file) => (await build({ entryPoints: [path.join(dir, file)], bundle: true, write: false, format: 'iife', target: 'es2019', minify: true, charset: 'utf8' })).outputFiles[0].text;
  const admin = fs.readFileSync(path.join(dir, 'admin.html'), 'utf8')
    .replace('<!-- style -->', () => `<style>${fs.readFileSync(path.join(dir, 'admin.css'), 'utf8')}</style>`);
  const js = await bundle('admin.ts');
  writeAtomic(path.join(localOut, 'admin.html'), admin.replace('<!-- script -->', () => `<script>${js.replace(/<\/script/gi, '<\\/script')}</script>`));
  writeAtomic(path.join(localOut, 'exec-bar.js'), await bundle('exec-bar.ts'));
}

const profile = process.env.KANRI_PROFILE || DEFAULT_BUILD_PROFILE;
profileNamed(profile); // an unknown profile stops the build before anything is written
const started = Date.now();
const code = await buildCode();
const pages = await buildPages();
await buildEnglishCatalog();
await buildDataFiles();
await buildJapaneseRest();
const modules = await buildLazyModules();
await buildLocalPages();
if (fs.existsSync(path.join(root, 'src/local/cli/main.ts'))) await buildCli();
// The manifest: appsscript.json plus the web app block of the deploy profile (scripts/manifest.mjs).
ship('appsscript.json', `${JSON.stringify(manifestFor(JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8')), profile), null, 2)}\n`);
writeAtomic(path.join(out, '.apps-script-files.json'), JSON.stringify([...shipped].sort()));
writeAtomic(path.join(out, '.stamp'), String(Date.now()));
if (!process.env.KANRI_QUIET_BUILD) {
  console.log(`build: Code.js ${code.bytes} bytes, ${code.entries} entry points, ${pages} pages, profile ${profile}, lazy modules: ${modules.join(', ') || 'none'}, ${Date.now() - started} ms`);
}
