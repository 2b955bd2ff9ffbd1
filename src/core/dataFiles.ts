/**
 * Large legal tables that only some executions need (the withholding tables of every year) stay
 * out of build/Code.js, which every execution loads: the Apps Script build ships them as project
 * files and the add-on registers how to read one (`setDataFileReader`). A table is read the first
 * time it is used, once per execution. Node (CLI, tests) imports the tables directly.
 */
let reader: ((name: string) => string) | null = null;
const cache = new Map<string, unknown>();

export function setDataFileReader(read: (name: string) => string): void {
  reader = read;
}

function load(name: string): unknown {
  if (!cache.has(name)) {
    if (!reader) throw new Error(`data file ${name}: no reader registered`);
    cache.set(name, JSON.parse(reader(name)));
  }
  return cache.get(name);
}

/** An array read from data file `name` on first access (length, index, slice, map … all load it). */
export function lazyArray<T>(name: string): readonly T[] {
  return new Proxy([] as T[], {
    get(_target, property) {
      const data = load(name) as T[];
      const value = Reflect.get(data, property, data);
      return typeof value === 'function' ? value.bind(data) : value;
    },
    has(_target, property) {
      return Reflect.has(load(name) as T[], property);
    },
  });
}
