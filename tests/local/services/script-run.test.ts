import vm from 'node:vm';
import { SCRIPT_RUN_CLIENT, serializeForScriptRun, serializeScriptRunArguments } from '../../../src/local/emulator/services';

// guides/html/reference/run: primitives, objects and arrays are legal; "Requests fail if you attempt
// to pass a Date, Function, DOM element besides a form, or other prohibited type, including
// prohibited types inside objects or arrays. Objects that create circular references will also
// fail, and undefined fields within arrays become null."
describe('serializeForScriptRun', () => {
  test('legal values are copied; undefined in arrays becomes null; undefined fields are dropped', () => {
    expect(serializeForScriptRun({ a: 1, b: 'x', c: [1, undefined, null], d: undefined, e: { f: true } }))
      .toEqual({ a: 1, b: 'x', c: [1, null, null], e: { f: true } });
    expect(serializeScriptRunArguments([1, undefined, 'x'])).toEqual([1, null, 'x']);
  });
  test('a Date, a function, a DOM node or a circular object anywhere fails', () => {
    expect(() => serializeScriptRunArguments([new Date()])).toThrow('Failed due to illegal value in property: 0');
    expect(() => serializeForScriptRun({ when: { at: new Date() } })).toThrow('Failed due to illegal value in property: at');
    expect(() => serializeForScriptRun([() => 1])).toThrow('Failed due to illegal value in property: 0');
    expect(() => serializeForScriptRun({ el: { nodeType: 1, nodeName: 'DIV' } })).toThrow('illegal value in property: el');
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(() => serializeForScriptRun(loop)).toThrow('illegal value in property: self');
    expect(() => serializeForScriptRun(new Map())).toThrow('illegal value');
    const shared = { x: 1 };
    expect(serializeForScriptRun([shared, shared])).toEqual([{ x: 1 }, { x: 1 }]); // shared, not circular
  });
  test('a Date from another realm (the bundle\'s vm) fails too', () => {
    const foreignDate = vm.runInNewContext('new Date(0)');
    expect(() => serializeForScriptRun({ d: foreignDate })).toThrow('illegal value in property: d');
    expect(serializeForScriptRun(vm.runInNewContext('({ a: [1, 2] })'))).toEqual({ a: [1, 2] });
  });
});

describe('the google.script.run client', () => {
  function page() {
    const requests: { url: string; body: { args: unknown[] }; resolve: (v: unknown) => void }[] = [];
    const posted: unknown[] = [];
    const window: Record<string, unknown> = { parent: { postMessage: (m: unknown) => posted.push(m) } };
    const context = vm.createContext({
      window, console, setTimeout, Promise, JSON, Proxy, encodeURIComponent,
      fetch: (url: string, init: { body: string }) => new Promise((resolve) => {
        requests.push({ url, body: JSON.parse(init.body), resolve: (v) => resolve({ json: () => Promise.resolve(v) }) });
      }),
    });
    vm.runInContext(SCRIPT_RUN_CLIENT, context);
    const google = (window.google as { script: { run: any; host: any } }).script;
    return { google, requests, posted, context };
  }
  const flush = () => new Promise((r) => setTimeout(r, 0));

  test('at most 10 calls in flight: the 11th waits for a free slot', async () => {
    const { google, requests } = page();
    const results: unknown[] = [];
    for (let i = 0; i < 11; i++) google.run.withSuccessHandler((v: unknown, user: unknown) => results.push([v, user])).withUserObject(i).echo(i);
    expect(requests).toHaveLength(10);
    expect(requests[0]).toMatchObject({ url: '/rpc/echo', body: { args: [0] } });
    requests[0]!.resolve({ ok: true, value: 'zero' });
    await flush();
    await flush();
    expect(results).toEqual([['zero', 0]]);
    expect(requests).toHaveLength(11);
    expect(requests[10]!.body.args).toEqual([10]);
  });

  test('a server error and an illegal argument reach the failure handler', async () => {
    const { google, requests } = page();
    const failures: string[] = [];
    const run = google.run.withFailureHandler((e: Error) => failures.push(e.message));
    run.save({ when: vm.runInNewContext('new Date()') });
    expect(requests).toHaveLength(0);
    run.save({ ok: [1, undefined] });
    expect(requests[0]!.body.args).toEqual([{ ok: [1, null] }]);
    requests[0]!.resolve({ ok: false, error: { name: 'Exception', message: '権限がありません' } });
    await flush();
    await flush();
    expect(failures.sort()).toEqual(['Failed due to illegal value in property: when', '権限がありません'].sort());
  });

  test('google.script.host talks to the parent frame', () => {
    const { google, posted } = page();
    google.host.setHeight(400);
    google.host.close();
    expect(posted).toEqual([{ kanriHost: true, action: 'setHeight', value: 400 }, { kanriHost: true, action: 'close', value: undefined }]);
  });
});
