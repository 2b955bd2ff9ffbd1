/**
 * Manager shared views (issue 7 items 4 and 5): generated for the fixture company, every cell of
 * every view spreadsheet is scanned for every confidential value of the fixture (addresses, birth
 * dates) and for anything of a department the manager does not manage; each view is shared view
 * only with its manager; the "your view is ready" mail goes once per manager, alone in To.
 */
import { allCells, copyFixture, CONFIDENTIAL_VALUES, NOW, PEOPLE } from './fixture';
import { expectOneAddresseeEach } from '../support/outbox';
import { CompanyFolder } from '../../src/local/store/store';
import { assertViewColumns, VIEW_SHEETS } from '../../src/addon/views';
import { allTables } from '../../src/schema/tables';

describe('manager views', () => {
  const company = copyFixture();
  const run = () => company.call('refreshManagerViews', [], { kind: 'menu', user: 'owner@kanri.local', at: NOW }) as any;
  let first: any;
  beforeAll(() => {
    first = run();
  });

  test('one view for 設計, shared view-only with its manager', () => {
    expect(first.views.map((v: any) => [v.department, v.created, v.managers])).toEqual([['設計', true, [PEOPLE.manager.email]]]);
    const data = new CompanyFolder(company.dir).spreadsheet(first.views[0].id).load();
    expect(data.name).toBe('Kanri — 設計 (閲覧用)');
    expect(data.viewers).toEqual([PEOPLE.manager.email]);
    expect(data.editors).toEqual([]);
    expect(data.sheets.map((s) => s.name).sort()).toEqual(Object.keys(VIEW_SHEETS).sort());
  });

  test('no cell of any view holds a confidential value or another department\'s people', () => {
    const cells = allCells(company.dir).filter((c) => c.spreadsheet !== 'Kanri');
    expect(cells.length).toBeGreaterThan(20);
    const text = cells.map((c) => String(c.value)).join('\n');
    for (const secret of [...CONFIDENTIAL_VALUES, PEOPLE.s1.code, PEOPLE.s1.name, PEOPLE.s1.email]) expect(text).not.toContain(secret);
    // and the team is there
    for (const p of [PEOPLE.e1, PEOPLE.e2, PEOPLE.manager]) expect(text).toContain(p.name);
    // birth dates can also hide as date cells
    expect(cells.some((c) => c.value instanceof Date)).toBe(false);
  });

  test('the whitelist check refuses every confidential column of every table', () => {
    for (const t of allTables) for (const c of t.columns.filter((x) => x.confidential)) expect(() => assertViewColumns([c.key])).toThrow(/confidential/);
    for (const c of ['baseSalary', 'bankAccount', 'evaluation', 'address', 'myNumber', 'birthDate', 'commutingAllowance']) expect(() => assertViewColumns([c])).toThrow();
    for (const columns of Object.values(VIEW_SHEETS)) expect(() => assertViewColumns(columns)).not.toThrow();
  });

  test('the ready mail goes once per manager, one addressee, no cc/bcc; a second refresh reuses the view and sends nothing', () => {
    expect(first.mailed).toBe(1);
    const again = run();
    expect(again.mailed).toBe(0);
    expect(again.views[0].id).toBe(first.views[0].id);
    expect(again.views[0].created).toBe(false);
    const mails = expectOneAddresseeEach(company.dir);
    expect(mails.map((m) => m.to[0])).toEqual([PEOPLE.manager.email]);
    expect(mails[0]!.subject).toContain('設計');
  });
});
