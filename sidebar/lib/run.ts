/**
 * Promise wrapper over google.script.run, with a progress indicator for calls that take more than
 * a second (the page shows it; Apps Script's own calls often take several seconds).
 */
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

export function call<T>(name: string, input: unknown = {}): Promise<T> {
  setBusy(1);
  return new Promise<T>((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value) => { setBusy(-1); resolve(value as T); })
      .withFailureHandler((error) => { setBusy(-1); reject(error); })[name]!(...(linkToken ? [input, linkToken] : [input]));
  });
}

/** The error message for the page's language: server errors carry "日本語 / English". */
export function errorText(error: unknown, lang: 'ja' | 'en'): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0] ?? text;
  const parts = first.split(' / ');
  return parts.length === 2 ? (lang === 'ja' ? parts[0]! : parts[1]!) : first;
}
