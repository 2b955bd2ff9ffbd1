/**
 * Lazy modules. Every execution loads the whole of build/Code.js, so code that only some
 * executions need (payroll, its outputs) is built into project files (build/module-<name>.html,
 * scripts/build.mjs) and evaluated the first time an entry point needs it, once per execution.
 * An entry point's name, roles and input schema stay in Code.js: the role check and validation run
 * before any module is loaded. (Apps Script's V8 runtime evaluates code with `new Function`.)
 */
const loaded = new Map<string, unknown>();

export function lazyModule<T>(name: string): T {
  let module = loaded.get(name);
  if (!module) {
    const source = HtmlService.createHtmlOutputFromFile(`module-${name}`).getContent();
    // eslint-disable-next-line no-new-func
    module = new Function(`${source}\nreturn KanriModule;`)() as T;
    loaded.set(name, module);
  }
  return module as T;
}
