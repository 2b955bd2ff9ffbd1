// Jest transformer: TypeScript → CommonJS with esbuild (type checking is `tsc --noEmit`'s job).
const { transformSync } = require('esbuild');
module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename,
    });
    return { code: result.code };
  },
};
