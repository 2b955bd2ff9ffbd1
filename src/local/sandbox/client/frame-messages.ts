/**
 * The messages the admin page accepts from its sidebar and dialog frames (issue 12 item 11): from
 * this page's own origin only, and only these shapes (nothing else on them):
 *   { kanriSandbox: 'start' | 'done' }                 a frame's call started / ended (pages.ts)
 *   { kanriHost: true, action: 'close' | 'focus' }     google.script.host.close() / editor.focus()
 *   { kanriHost: true, action: 'setHeight' | 'setWidth', value: px }   a dialog's size
 * A message never carries a URL or UI events: after 'done' the page asks the server what the
 * frame's call asked to show (GET /api/ui), so no message can point a frame anywhere.
 * Which frame sent it (the event's source) the page checks itself.
 */
export type FrameMessage =
  | { kind: 'start' | 'done' | 'close' | 'focus' }
  | { kind: 'resize'; side: 'height' | 'width'; px: number };

/** Dialog sizes a page may ask for (google.script.host.setHeight/setWidth), in CSS pixels. */
const MIN_PX = 50;
const MAX_PX = 4000;

function onlyKeys(d: object, allowed: readonly string[]): boolean {
  return Object.keys(d).every((k) => allowed.includes(k));
}

export function readFrameMessage(origin: string, ownOrigin: string, data: unknown): FrameMessage | null {
  if (origin !== ownOrigin || origin === 'null') return null;
  if (!data || typeof data !== 'object' || Array.isArray(data) || Object.getPrototypeOf(data) !== Object.prototype) return null;
  const d = data as Record<string, unknown>;
  if ('kanriSandbox' in d) {
    if (!onlyKeys(d, ['kanriSandbox'])) return null;
    return d.kanriSandbox === 'start' || d.kanriSandbox === 'done' ? { kind: d.kanriSandbox } : null;
  }
  if (d.kanriHost !== true || !onlyKeys(d, ['kanriHost', 'action', 'value'])) return null;
  if ((d.action === 'close' || d.action === 'focus') && d.value === undefined) return { kind: d.action };
  if (d.action === 'setHeight' || d.action === 'setWidth') {
    const px = d.value;
    if (typeof px !== 'number' || !Number.isInteger(px) || px < MIN_PX || px > MAX_PX) return null;
    return { kind: 'resize', side: d.action === 'setHeight' ? 'height' : 'width', px };
  }
  return null;
}

/** A frame URL the server gave (`/frame/<id>`): its id, or null for anything else. */
export function frameId(url: string): string | null {
  const m = /^\/frame\/([A-Za-z0-9_-]+)$/.exec(url);
  return m ? m[1]! : null;
}
