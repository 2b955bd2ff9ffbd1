/**
 * WorkbookData ↔ .xlsx (ECMA-376 SpreadsheetML), synchronous, no dependency.
 *
 * Written: workbook, one worksheet per sheet (values, formulas as <f> with their cached value,
 * frozen header rows as a frozen pane, hidden sheets), shared strings, styles (one cell format per
 * number format in use, so dates carry a date format and read back as dates), core properties
 * (title) and one custom property "kanri" holding what xlsx has no place for (spreadsheet id,
 * time zone, sharing, grid size, protections) as JSON. LibreOffice and Google Sheets open it.
 *
 * Read: the above, and what other writers (exceljs, Excel, LibreOffice, Google's export) produce:
 * shared and inline strings (rich text runs joined, phonetic runs skipped), booleans, errors,
 * numbers, dates by built-in or custom date formats, t="d" ISO dates, formulas.
 * Dates are serials of the 1900 date system holding the spreadsheet zone's wall-clock time.
 */
import { readZip, writeZip } from './zip';
import { decodeOoxmlText, encodeOoxmlText, escapeXml, findAll, parseXml, parseXmlTree } from './xml';
import { cellKey, isDateFormat, KEY_STRIDE, type CellValue, type ProtectionData, type SheetData, type ValidationRun, type WorkbookData } from './workbook';
import { dateToSerial, serialToDate } from './serial';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The format given to a Date cell that has none (Google Sheets' ja_JP date-time). */
export const DEFAULT_DATE_TIME_FORMAT = 'yyyy/mm/dd h:mm:ss';

/** Built-in number formats, ECMA-376 Part 1 §18.8.30 (ids 27–36 and 50–58 are East Asian dates). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN_FORMATS[id] = 'yyyy/m/d';
const BUILTIN_BY_CODE = new Map<string, number>();
for (const [id, code] of Object.entries(BUILTIN_FORMATS)) if (!BUILTIN_BY_CODE.has(code)) BUILTIN_BY_CODE.set(code, Number(id));

export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRef(ref: string): { r: number; c: number } {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  return { r: Number(ref.slice(i)) - 1, c: c - 1 };
}

/** What the custom property "kanri" carries. */
interface Meta {
  id: string;
  name: string;
  timeZone: string;
  owner: string;
  editors: string[];
  viewers: string[];
  sheets: { sheetId: number; name: string; maxRows: number; maxColumns: number; protections: ProtectionData[]; columnWidths?: Record<number, number>; validations?: ValidationRun[] }[];
}

// ---------------------------------------------------------------- writer

export function writeXlsx(w: WorkbookData, level = 6): Buffer {
  const sst: string[] = [];
  const sstIndex = new Map<string, number>();
  const styleOf = new Map<string, number>(); // number format → cellXfs index (0 = default)
  const styleList: string[] = [];
  const style = (format: string | undefined): number => {
    if (!format || format === 'General') return 0;
    let s = styleOf.get(format);
    if (s === undefined) {
      styleList.push(format);
      s = styleList.length;
      styleOf.set(format, s);
    }
    return s;
  };
  const str = (s: string): number => {
    let i = sstIndex.get(s);
    if (i === undefined) {
      i = sst.length;
      sst.push(s);
      sstIndex.set(s, i);
    }
    return i;
  };

  const sheetXml = w.sheets.map((sheet, index) => {
    const out: string[] = [];
    out.push(`${HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetViews><sheetView workbookViewId="0"${index === 0 ? ' tabSelected="1"' : ''}>`);
    if (sheet.frozenRows > 0) out.push(`<pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/>`);
    out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
    // Column widths for other programs (OOXML width is in characters of the default font, ~7 px each).
    const widths = Object.entries(sheet.columnWidths ?? {}).map(([c, px]) => [Number(c), px] as const).sort((a, b) => a[0] - b[0]);
    if (widths.length) out.push(`<cols>${widths.map(([c, px]) => `<col min="${c + 1}" max="${c + 1}" width="${(px / 7).toFixed(2)}" customWidth="1"/>`).join('')}</cols>`);
    out.push('<sheetData>');
    // Cells that hold only a formula or a number format still have to be written.
    const extraWidth = new Map<number, number>();
    for (const map of [sheet.formulas, sheet.formats]) {
      for (const k of map.keys()) {
        const r = Math.floor(k / KEY_STRIDE);
        extraWidth.set(r, Math.max(extraWidth.get(r) ?? 0, (k % KEY_STRIDE) + 1));
      }
    }
    let height = sheet.rows.length;
    for (const r of extraWidth.keys()) height = Math.max(height, r + 1);
    for (let r = 0; r < height; r++) {
      const row = sheet.rows[r] ?? [];
      const cells: string[] = [];
      const width = Math.max(row.length, extraWidth.get(r) ?? 0);
      for (let c = 0; c < width; c++) {
        const v: CellValue = row[c] ?? '';
        const key = cellKey(r, c);
        const formula = sheet.formulas.get(key);
        let format = sheet.formats.get(key);
        if (v === '' && formula === undefined && format === undefined) continue;
        if (v instanceof Date && (format === undefined || !isDateFormat(format))) format = format ?? DEFAULT_DATE_TIME_FORMAT;
        const s = style(format);
        const ref = `${columnName(c)}${r + 1}`;
        const sAttr = s ? ` s="${s}"` : '';
        const f = formula !== undefined ? `<f>${encodeOoxmlText(formula.replace(/^=/, ''))}</f>` : '';
        if (typeof v === 'string') {
          if (formula !== undefined) cells.push(`<c r="${ref}"${sAttr} t="str">${f}${v === '' ? '' : `<v>${encodeOoxmlText(v)}</v>`}</c>`);
          else if (v === '') cells.push(`<c r="${ref}"${sAttr}/>`);
          else cells.push(`<c r="${ref}"${sAttr} t="s"><v>${str(v)}</v></c>`);
        } else if (typeof v === 'boolean') {
          cells.push(`<c r="${ref}"${sAttr} t="b">${f}<v>${v ? 1 : 0}</v></c>`);
        } else if (typeof v === 'number') {
          if (Number.isFinite(v)) cells.push(`<c r="${ref}"${sAttr}>${f}<v>${v}</v></c>`);
          else cells.push(`<c r="${ref}"${sAttr} t="e">${f}<v>#NUM!</v></c>`);
        } else {
          cells.push(`<c r="${ref}"${sAttr}>${f}<v>${dateToSerial(v, w.timeZone)}</v></c>`);
        }
      }
      if (cells.length) out.push(`<row r="${r + 1}">${cells.join('')}</row>`);
    }
    out.push('</sheetData></worksheet>');
    return out.join('');
  });

  const numFmts: string[] = [];
  const xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  let nextId = 164;
  for (const format of styleList) {
    let id = BUILTIN_BY_CODE.get(format);
    if (id === undefined) {
      id = nextId++;
      numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
    }
    xfs.push(`<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
  }
  const styles = `${HEAD}<styleSheet xmlns="${NS_MAIN}">${numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : ''}`
    + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

  const n = w.sheets.length;
  const workbook = `${HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>`
    + w.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')
    + '</sheets></workbook>';
  const workbookRels = `${HEAD}<Relationships xmlns="${NS_PKG_REL}">`
    + w.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`
    + `<Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const sharedStrings = `${HEAD}<sst xmlns="${NS_MAIN}" count="${sst.length}" uniqueCount="${sst.length}">`
    + sst.map((s) => `<si><t${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ''}>${encodeOoxmlText(s)}</t></si>`).join('') + '</sst>';
  const meta: Meta = {
    id: w.id, name: w.name, timeZone: w.timeZone, owner: w.owner, editors: w.editors, viewers: w.viewers,
    sheets: w.sheets.map((s) => ({ sheetId: s.sheetId, name: s.name, maxRows: s.maxRows, maxColumns: s.maxColumns, protections: s.protections,
      ...(s.columnWidths ? { columnWidths: s.columnWidths } : {}), ...(s.validations?.length ? { validations: s.validations } : {}) })),
  };
  const custom = `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="kanri"><vt:lpwstr>${encodeOoxmlText(JSON.stringify(meta))}</vt:lpwstr></property></Properties>`;
  const core = `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${encodeOoxmlText(w.name)}</dc:title></cp:coreProperties>`;
  const rootRels = `${HEAD}<Relationships xmlns="${NS_PKG_REL}">`
    + `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>`
    + `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
    + `<Relationship Id="rId3" Type="${NS_REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`;
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const contentTypes = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>`
    + w.sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`).join('')
    + `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>`
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    + '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>';

  const entries = [
    { name: '[Content_Types].xml', text: contentTypes },
    { name: '_rels/.rels', text: rootRels },
    { name: 'docProps/core.xml', text: core },
    { name: 'docProps/custom.xml', text: custom },
    { name: 'xl/workbook.xml', text: workbook },
    { name: 'xl/_rels/workbook.xml.rels', text: workbookRels },
    { name: 'xl/styles.xml', text: styles },
    { name: 'xl/sharedStrings.xml', text: sharedStrings },
    ...sheetXml.map((text, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text })),
  ];
  return writeZip(entries.map((e) => ({ name: e.name, data: Buffer.from(e.text, 'utf8') })), level);
}

// ---------------------------------------------------------------- reader

export class XlsxError extends Error {}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function relsOf(files: Map<string, Buffer>, part: string): Map<string, { type: string; target: string }> {
  const dir = part.split('/').slice(0, -1).join('/');
  const file = `${dir ? `${dir}/` : ''}_rels/${part.split('/').pop()}.rels`;
  const out = new Map<string, { type: string; target: string }>();
  const buf = files.get(file);
  if (!buf) return out;
  for (const r of findAll(parseXmlTree(buf.toString('utf8')), 'Relationship')) {
    out.set(r.attrs.Id ?? '', { type: r.attrs.Type ?? '', target: resolveTarget(part, r.attrs.Target ?? '') });
  }
  return out;
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let depthRph = 0;
  let inT = false;
  let cur = '';
  parseXml(xml, {
    open(name, _a, selfClosing) {
      if (name === 'si') {
        inSi = true;
        cur = '';
        if (selfClosing) out.push('');
      } else if (name === 'rPh') depthRph++;
      else if (name === 't' && inSi && depthRph === 0 && !selfClosing) inT = true;
    },
    close(name) {
      if (name === 'si' && inSi) {
        out.push(decodeOoxmlText(cur));
        inSi = false;
      } else if (name === 'rPh') depthRph--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT) cur += t;
    },
  });
  return out;
}

function readStyles(xml: string | undefined): string[] {
  if (!xml) return [];
  const tree = parseXmlTree(xml);
  const custom = new Map<number, string>();
  for (const f of findAll(tree, 'numFmt')) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const cellXfs = findAll(tree, 'cellXfs')[0];
  if (!cellXfs) return [];
  return cellXfs.children.filter((x) => x.name === 'xf').map((x) => {
    const id = Number(x.attrs.numFmtId ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  });
}

function readSheet(xml: string, sst: string[], formats: string[], timeZone: string): Pick<SheetData, 'rows' | 'formulas' | 'formats' | 'frozenRows'> {
  const rows: CellValue[][] = [];
  const formulas = new Map<number, string>();
  const cellFormats = new Map<number, string>();
  let frozenRows = 0;
  let rowIndex = -1;
  let colIndex = -1;
  let cell: { r: number; c: number; t: string; s: number } | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  let v = '';
  let f: string | null = null;
  let inIs = false;
  let rph = 0;
  const finish = (): void => {
    if (!cell) return;
    const { r, c, t, s } = cell;
    const format = formats[s] ?? 'General';
    let value: CellValue = '';
    if (t === 's') value = sst[Number(v)] ?? '';
    else if (t === 'inlineStr' || t === 'str' || t === 'e') value = decodeOoxmlText(v);
    else if (t === 'b') value = v === '1' || v === 'true';
    else if (t === 'd') value = v ? new Date(`${v.replace(/Z$/, '')}${/T/.test(v) ? '' : 'T00:00:00'}Z`) : '';
    else if (v !== '') {
      const num = Number(v);
      value = isDateFormat(format) ? serialToDate(num, timeZone) : num;
    }
    // A t="d" value is a wall-clock time: shift it into the spreadsheet's zone.
    if (t === 'd' && value instanceof Date) value = serialToDate(value.getTime() / 86_400_000 + 25_569, timeZone);
    if (value !== '') {
      const row = (rows[r] ??= []);
      row[c] = value;
    }
    if (f !== null && f !== '') formulas.set(cellKey(r, c), `=${decodeOoxmlText(f)}`);
    if (format !== 'General') cellFormats.set(cellKey(r, c), format);
    cell = null;
  };
  parseXml(xml, {
    open(name, a, selfClosing) {
      switch (name) {
        case 'pane':
          if (a.state === 'frozen' || a.state === 'frozenSplit') frozenRows = Number(a.ySplit ?? 0);
          break;
        case 'row':
          rowIndex = a.r ? Number(a.r) - 1 : rowIndex + 1;
          colIndex = -1;
          break;
        case 'c': {
          const ref = a.r ? parseRef(a.r) : { r: rowIndex, c: colIndex + 1 };
          colIndex = ref.c;
          cell = { r: ref.r, c: ref.c, t: a.t ?? 'n', s: Number(a.s ?? 0) };
          v = '';
          f = null;
          if (selfClosing) finish();
          break;
        }
        case 'v':
          if (!selfClosing) capture = 'v';
          break;
        case 'f':
          f = '';
          if (!selfClosing) capture = 'f';
          break;
        case 'is':
          inIs = true;
          break;
        case 'rPh':
          rph++;
          break;
        case 't':
          if (inIs && rph === 0 && !selfClosing) capture = 't';
          break;
      }
    },
    close(name) {
      if (name === 'c') finish();
      else if (name === 'is') inIs = false;
      else if (name === 'rPh') rph--;
      else if (name === 'v' || name === 'f' || name === 't') capture = null;
    },
    text(t) {
      if (capture === 'v' || capture === 't') v += t;
      else if (capture === 'f') f = (f ?? '') + t;
    },
  });
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
  }
  return { rows, formulas, formats: cellFormats, frozenRows };
}

export interface XlsxDefaults {
  id: string;
  name: string;
  owner?: string;
  timeZone?: string;
}

export function readXlsx(buf: Buffer, defaults: XlsxDefaults): WorkbookData {
  const files = readZip(buf);
  const rootRels = relsOf(files, '');
  const wbPart = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbBuf = files.get(wbPart);
  if (!wbBuf) throw new XlsxError('no workbook part');
  const wbRels = relsOf(files, wbPart);
  const partOf = (suffix: string): string | undefined => [...wbRels.values()].find((r) => r.type.endsWith(suffix))?.target;

  let meta: Partial<Meta> = {};
  const customBuf = files.get([...rootRels.values()].find((r) => r.type.endsWith('/custom-properties'))?.target ?? 'docProps/custom.xml');
  if (customBuf) {
    const prop = findAll(parseXmlTree(customBuf.toString('utf8')), 'property').find((p) => p.attrs.name === 'kanri');
    if (prop) {
      try {
        meta = JSON.parse(decodeOoxmlText(prop.children.map((c) => c.text).join('') || prop.text)) as Partial<Meta>;
      } catch {
        meta = {};
      }
    }
  }
  let title: string | undefined;
  const coreBuf = files.get('docProps/core.xml');
  if (coreBuf) title = findAll(parseXmlTree(coreBuf.toString('utf8')), 'title')[0]?.text;
  const timeZone = meta.timeZone ?? defaults.timeZone ?? 'Asia/Tokyo';

  const sstPart = partOf('/sharedStrings');
  const sst = sstPart && files.get(sstPart) ? readSharedStrings((files.get(sstPart) as Buffer).toString('utf8')) : [];
  const stylesPart = partOf('/styles');
  const formats = readStyles(stylesPart ? files.get(stylesPart)?.toString('utf8') : undefined);

  const sheetNodes = findAll(parseXmlTree(wbBuf.toString('utf8')), 'sheet');
  const usedIds = new Set<number>();
  const sheets: SheetData[] = sheetNodes.map((node, index) => {
    const name = node.attrs.name ?? `Sheet${index + 1}`;
    const rid = Object.entries(node.attrs).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1] ?? '';
    const part = wbRels.get(rid)?.target;
    const xml = part ? files.get(part)?.toString('utf8') : undefined;
    const body = xml ? readSheet(xml, sst, formats, timeZone) : { rows: [], formulas: new Map(), formats: new Map(), frozenRows: 0 };
    const m = meta.sheets?.find((s) => s.name === name) ?? meta.sheets?.[index];
    let width = 0;
    for (const r of body.rows) width = Math.max(width, r.length);
    let sheetId = m?.sheetId ?? index;
    while (usedIds.has(sheetId)) sheetId++;
    usedIds.add(sheetId);
    return {
      sheetId,
      name,
      hidden: node.attrs.state === 'hidden' || node.attrs.state === 'veryHidden',
      frozenRows: body.frozenRows,
      maxRows: Math.max(m?.maxRows ?? 1000, body.rows.length),
      maxColumns: Math.max(m?.maxColumns ?? 26, width),
      rows: body.rows,
      formulas: body.formulas,
      formats: body.formats,
      protections: m?.protections ?? [],
      ...(m?.columnWidths ? { columnWidths: m.columnWidths } : {}),
      ...(m?.validations ? { validations: m.validations } : {}),
    };
  });
  return {
    id: meta.id ?? defaults.id,
    name: meta.name ?? title ?? defaults.name,
    timeZone,
    owner: meta.owner ?? defaults.owner ?? '',
    editors: meta.editors ?? [],
    viewers: meta.viewers ?? [],
    sheets,
  };
}
