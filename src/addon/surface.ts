/**
 * The typed surface between the pages and the server, taken from the entry registry: a page's call
 * names an RPC of registry.ts, passes that entry's schema input and gets its handler's answer.
 * Types only: a page imports nothing from the server at run time (esbuild drops `import type`).
 */
import type { input } from 'zod/mini';
import type { entryPoints } from './registry';

type Rpc = Extract<(typeof entryPoints)[number], { readonly kind: 'rpc' }>;

/** Every RPC a page may call by name. */
export type RpcName = Rpc['name'];
type EntryOf<N extends RpcName> = Extract<Rpc, { readonly name: N }>;

/** What a page passes: the entry's schema before validation (its input type). */
export type RpcInput<N extends RpcName> = input<EntryOf<N>['input']>;

/**
 * What the page gets back: the handler's answer as google.script.run delivers it (guides/html/
 * reference/run: plain objects, arrays, strings, numbers, booleans, null; a Date crosses as a Date
 * only at the top level, which no Kanri RPC returns).
 */
export type RpcAnswer<N extends RpcName> = Delivered<ReturnType<EntryOf<N>['handler']>>;

/** A value after it crossed google.script.run: functions are dropped, undefined fields may be absent. */
type Delivered<T> = T extends (...args: never[]) => unknown ? never
  : T extends readonly (infer E)[] ? Delivered<E>[]
    : T extends object ? { [K in keyof T]: Delivered<T[K]> }
      : T;
