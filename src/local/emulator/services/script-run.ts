/**
 * The `google.script.run` stand-in of the local server.
 *
 * guides/html/reference/run: "Legal parameters are JavaScript primitives like a Number, Boolean,
 * String, or null, as well as JavaScript objects and arrays that are composed of primitives,
 * objects, and arrays. A form element within the page is also legal as a parameter, but it must be
 * the function's only parameter. Requests fail if you attempt to pass a Date, Function, DOM element
 * besides a form, or other prohibited type, including prohibited types inside objects or arrays.
 * Objects that create circular references will also fail, and undefined fields within arrays become
 * null." Return values: "subject to the same restrictions as parameter types, except that a form
 * element is not a legal return type". (On Google, a returned Date often reaches the success
 * handler as null instead of failing; the emulator fails loudly so such code is caught locally.)
 */
import { AppsScriptError } from '../types';
import { isPlainObject } from './values';

/** At most 10 calls in flight; "if you make an 11th call while 10 are still running, the server function will be delayed". */
export const MAX_CALLS_IN_FLIGHT = 10;

function illegal(key: string): never {
  throw new AppsScriptError(`Failed due to illegal value in property: ${key}`);
}

function copy(value: unknown, key: string, ancestors: object[]): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === undefined) return undefined;
  if (typeof value !== 'object') illegal(key); // function, symbol, bigint
  if (ancestors.includes(value)) illegal(key); // circular
  const dom = value as { nodeType?: unknown; nodeName?: unknown };
  if (typeof dom.nodeType === 'number' && typeof dom.nodeName === 'string') illegal(key);
  const next = [...ancestors, value];
  if (Array.isArray(value)) return value.map((v, i) => copy(v, String(i), next) ?? null);
  if (!isPlainObject(value)) illegal(key); // Date, Map, RegExp, class instances, typed arrays…
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = copy(v, k, next);
    if (c !== undefined) out[k] = c;
  }
  return out;
}

/** A value (an argument or a result) as it crosses between page and server, or an AppsScriptError. */
export function serializeForScriptRun(value: unknown, key = '0'): unknown {
  return copy(value, key, []);
}

/** The argument list of a call: each argument checked, `undefined` arguments passed as null. */
export function serializeScriptRunArguments(args: readonly unknown[]): unknown[] {
  return args.map((a, i) => copy(a, String(i), []) ?? null);
}

/**
 * The page-side script: `google.script.run.withSuccessHandler(fn).withFailureHandler(fn)
 * .withUserObject(o).anyFunction(...args)` as POST `/rpc/<name>` with `{ args }`, answered with
 * `{ ok: true, value }` or `{ ok: false, error: { name, message } }`; `google.script.host`
 * close/setHeight/setWidth/editor.focus as `postMessage({ kanriHost: true, action, value })` to the parent.
 * Plain ES5 so it runs in any page; `window.KANRI_RPC_BASE` may prefix the URL and
 * `window.KANRI_RPC_HEADERS` add headers (the local server's token). Host messages go to the
 * page's own origin when it has one (the sandbox's frames share the admin page's).
 */
export const SCRIPT_RUN_CLIENT = String.raw`(function () {
  'use strict';
  var MAX = ${MAX_CALLS_IN_FLIGHT};
  var inFlight = 0;
  var queue = [];
  function illegal(key) { throw new Error('Failed due to illegal value in property: ' + key); }
  function isNode(v) { return typeof v.nodeType === 'number' && typeof v.nodeName === 'string'; }
  function copy(v, key, ancestors) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return isFinite(v) ? v : null;
    if (v === undefined) return undefined;
    if (typeof v !== 'object') illegal(key);
    if (ancestors.indexOf(v) >= 0) illegal(key);
    if (isNode(v)) illegal(key);
    var next = ancestors.concat([v]);
    var i, out;
    if (Array.isArray(v)) {
      out = [];
      for (i = 0; i < v.length; i++) { var c = copy(v[i], String(i), next); out.push(c === undefined ? null : c); }
      return out;
    }
    var proto = Object.getPrototypeOf(v);
    if (Object.prototype.toString.call(v) !== '[object Object]' || (proto !== null && Object.getPrototypeOf(proto) !== null)) illegal(key);
    out = {};
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) { var x = copy(v[k], k, next); if (x !== undefined) out[k] = x; }
    return out;
  }
  function formToObject(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.disabled) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      if (el.type === 'file') continue;
      var value = el.value;
      if (Object.prototype.hasOwnProperty.call(out, el.name)) {
        out[el.name] = [].concat(out[el.name], value);
      } else out[el.name] = value;
    }
    return out;
  }
  function report(job, error) {
    if (job.failure) job.failure(error, job.userObject);
    else if (typeof console !== 'undefined') console.error(error);
  }
  function pump() {
    while (inFlight < MAX && queue.length) send(queue.shift());
  }
  function done(job, error, value) {
    inFlight--;
    try {
      if (error) {
        var e = new Error(error.message);
        e.name = error.name || 'ScriptError';
        report(job, e);
      } else if (job.success) job.success(value, job.userObject);
    } finally { pump(); }
  }
  function send(job) {
    inFlight++;
    var base = (typeof window !== 'undefined' && window.KANRI_RPC_BASE) || '';
    var headers = { 'Content-Type': 'application/json' };
    var extra = (typeof window !== 'undefined' && window.KANRI_RPC_HEADERS) || {};
    for (var h in extra) if (Object.prototype.hasOwnProperty.call(extra, h)) headers[h] = String(extra[h]);
    fetch(base + '/rpc/' + encodeURIComponent(job.name), {
      method: 'POST', headers: headers, body: JSON.stringify({ args: job.args })
    }).then(function (r) { return r.json(); }).then(function (res) {
      if (res && res.ok) done(job, null, res.value);
      else done(job, (res && res.error) || { message: 'Unknown server error' });
    }, function (err) { done(job, { name: 'NetworkError', message: String((err && err.message) || err) }); });
  }
  function call(cfg, name, args) {
    var list;
    try {
      if (args.length === 1 && args[0] && typeof args[0] === 'object' && isNode(args[0]) && String(args[0].nodeName).toUpperCase() === 'FORM') list = [formToObject(args[0])];
      else { list = []; for (var i = 0; i < args.length; i++) { var c = copy(args[i], String(i), []); list.push(c === undefined ? null : c); } }
    } catch (e) {
      var job = { failure: cfg.failure, userObject: cfg.userObject };
      setTimeout(function () { report(job, e); }, 0);
      return;
    }
    queue.push({ name: name, args: list, success: cfg.success, failure: cfg.failure, userObject: cfg.userObject });
    pump();
  }
  function runner(cfg) {
    function withCfg(k, v) { var n = { success: cfg.success, failure: cfg.failure, userObject: cfg.userObject }; n[k] = v; return runner(n); }
    var target = {
      withSuccessHandler: function (fn) { return withCfg('success', fn); },
      withFailureHandler: function (fn) { return withCfg('failure', fn); },
      withUserObject: function (o) { return withCfg('userObject', o); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (Object.prototype.hasOwnProperty.call(t, name)) return t[name];
        if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
        return function () { call(cfg, name, arguments); };
      }
    });
  }
  function post(action, value) {
    var origin = window.location && window.location.origin;
    try { window.parent.postMessage({ kanriHost: true, action: action, value: value }, origin && origin !== 'null' ? origin : '*'); } catch (e) { /* no parent */ }
  }
  var host = {
    close: function () { post('close'); },
    setHeight: function (h) { post('setHeight', h); },
    setWidth: function (w) { post('setWidth', w); },
    editor: { focus: function () { post('focus'); } }
  };
  window.google = window.google || {};
  window.google.script = { run: runner({}), host: host };
})();
`;
