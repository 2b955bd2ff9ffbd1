/**
 * Every Apps Script method the bundle's sources call, found by the TypeScript checker: a property
 * access whose declaration is in @types/google-apps-script (Google's classes) is one call site.
 * Keys are `<Namespace>.<Class>.<method>` as the types name them ('Spreadsheet.Range.getValues'),
 * the advanced Drive service as 'Drive.Files.create' / 'Drive.Permissions.list'.
 */
import path from 'node:path';
import ts from 'typescript';

export interface CallSite {
  key: string;
  file: string;
  line: number;
}

const ROOT = path.resolve(__dirname, '../..');
/** What goes into build/Code.js and the lazy modules (src/local is the emulator, never shipped). */
const BUNDLED = ['src/addon', 'src/core', 'src/schema'].map((d) => path.join(ROOT, d) + path.sep);

function keyOf(decl: ts.Declaration, member: string): string | null {
  const file = decl.getSourceFile().fileName;
  if (!file.includes(`${path.sep}@types${path.sep}google-apps-script${path.sep}`) && !file.includes('/@types/google-apps-script/')) return null;
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if ((ts.isInterfaceDeclaration(n) || ts.isModuleDeclaration(n) || ts.isClassDeclaration(n)) && n.name) names.unshift(n.name.getText());
  }
  const chain = names.filter((n) => n !== 'GoogleAppsScript');
  // Drive_v3.Drive.V3.Collection.FilesCollection → Drive.Files (the global `Drive` of the advanced service)
  const last = chain[chain.length - 1] ?? '';
  if (chain[0] === 'Drive_v3' && last.endsWith('Collection')) return `Drive.${last.replace(/Collection$/, '')}.${member}`;
  if (chain[0] === 'Drive_v3') return `Drive.${member}`;
  return [...chain, member].join('.');
}

export function appsScriptCalls(): CallSite[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = parsed.fileNames.filter((f) => BUNDLED.some((d) => path.resolve(f).startsWith(d)));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const sites: CallSite[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!BUNDLED.some((d) => path.resolve(sf.fileName).startsWith(d))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.[0];
        const isMethod = decl && (ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl));
        if (decl && isMethod) {
          const key = keyOf(decl, node.name.text);
          if (key) sites.push({ key, file: path.relative(ROOT, sf.fileName), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}
