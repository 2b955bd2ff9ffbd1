/** 権限: who may do what, keyed by e-mail; edited by admins only. */
import { object, optional, enum as oneOf } from 'zod/mini';
import { col, defineTable } from '../table';
import { ROLE_LABELS } from '../labels';
import { email, text } from '../fields';

export const rolesTable = defineTable({
  sheet: '権限', sheetEn: 'Roles',
  columns: [
    col('email', 'メールアドレス', 'E-mail', 'text'),
    col('role', '権限', 'Role', 'code', { choices: ROLE_LABELS }),
    col('departments', '管理する部署', 'Departments managed', 'text'),
    col('note', '備考', 'Note', 'text'),
  ],
  schema: object({ email: email(), role: oneOf(['admin', 'manager', 'employee']), departments: optional(text(500)), note: optional(text()) }),
  key: ['email'],
  protectedSheet: true,
});
