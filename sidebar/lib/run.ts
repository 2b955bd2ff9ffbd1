/**
 * The pages' typed client: a promise over google.script.run, with a progress indicator for calls that
 * take more than a second (the page shows it; Apps Script's own calls often take several seconds).
 * A call's name, input and answer are the server's own (src/addon/surface.ts, types only): a renamed
 * field or RPC is a type error in the page, not a blank cell on screen.
 */
import type { RpcAnswer, RpcInput, RpcName } from '../../src/addon/surface';
import { BUSY_CODE, hasErrorCode } from '../../src/core/error-codes';

declare const google: {
  script: {
    run: Record<string, (...args: unknown[]) => void> & {
      withSuccessHandler(fn: (value: unknown) => void): typeof google.script.run;
      withFailureHandler(fn: (error: Error) => void): typeof google.script.run;
    };
  };
};

let inFlight = 0;
/** The signed personal link's token, when the page was opened through one: memory only, never stored. */
let linkToken = '';

/** Every later call passes the token as its second argument (the dispatcher reads it when Session has no e-mail). */
export function useLinkToken(token: string): void {
  linkToken = token;
}

let progressTimer: ReturnType<typeof setTimeout> | undefined;

function setBusy(delta: number): void {
  inFlight += delta;
  const bar = document.getElementById('progress');
  if (!bar) return;
  if (inFlight > 0 && !progressTimer && bar.hidden) {
    progressTimer = setTimeout(() => { bar.hidden = inFlight === 0; progressTimer = undefined; }, 1000);
  }
  if (inFlight === 0) {
    if (progressTimer) clearTimeout(progressTimer);
    progressTimer = undefined;
    bar.hidden = true;
  }
}

/** The input argument: optional when every field of the entry's schema is. */
type InputArgs<N extends RpcName> = {} extends RpcInput<N> ? [input?: RpcInput<N>] : [input: RpcInput<N>];

/** Calls the RPC `name` of the registry; resolves with its handler's answer. */
export function call<N extends RpcName>(name: N, ...args: InputArgs<N>): Promise<RpcAnswer<N>> {
  const input = args[0] ?? {};
  setBusy(1);
  return new Promise<RpcAnswer<N>>((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value) => { setBusy(-1); resolve(value as RpcAnswer<N>); })
      .withFailureHandler((error) => { setBusy(-1); reject(error); })[name]!(...(linkToken ? [input, linkToken] : [input]));
  });
}

/**
 * True when a call failed because another execution held the lock (nothing was recorded): the
 * dispatcher's `[kanri:busy]` marker; a bare "Lock timeout" from outside the dispatcher too.
 */
export function isBusy(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return hasErrorCode(text, BUSY_CODE) || /^Lock timeout\b/.test(text);
}

/** How long a page waits before trying a busy call once more (another execution usually ends within it). */
export const BUSY_RETRY_MS = 1500;

/**
 * A call that may be tried again when the server was busy (a punch: nothing was recorded): once,
 * after BUSY_RETRY_MS; `onRetry` lets the page say so meanwhile. A second busy failure rejects.
 */
export async function callRetryingBusy<N extends RpcName>(name: N, input: RpcInput<N>, onRetry: () => void = () => undefined, waitMs = BUSY_RETRY_MS): Promise<RpcAnswer<N>> {
  const once = () => (call as unknown as (n: N, i: RpcInput<N>) => Promise<RpcAnswer<N>>)(name, input);
  try {
    return await once();
  } catch (e) {
    if (!isBusy(e)) throw e;
    onRetry();
    setBusy(1);
    await new Promise((r) => setTimeout(r, waitMs));
    setBusy(-1);
    return once();
  }
}

/** The error message for the page's language: server errors carry "日本語 / English". */
export function errorText(error: unknown, lang: 'ja' | 'en'): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0] ?? text;
  const parts = first.split(' / ');
  return parts.length === 2 ? (lang === 'ja' ? parts[0]! : parts[1]!) : first;
}
