// Prints what build/Code.js is made of (minified bytes per source folder), largest first.
import { build } from 'esbuild';
const result = await build({
  entryPoints: ['src/addon/main.ts'], bundle: true, write: false, format: 'iife', globalName: 'Kanri', platform: 'neutral',
  mainFields: ['module', 'main'], target: 'es2020', minify: true, metafile: true,
});
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const groups = {};
for (const [file, v] of Object.entries(inputs)) {
  const key = file.includes('node_modules') ? file.split('/').slice(0, 3).join('/') : file.split('/').slice(0, 4).join('/');
  groups[key] = (groups[key] ?? 0) + v.bytesInOutput;
}
for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[2] ?? 25))) console.log(String(v).padStart(8), k);
