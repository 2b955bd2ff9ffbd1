/**
 * What `kanri demo` prints (local only: the CLI's own catalog, never in build/Code.js): each step's
 * progress and the summary, in the language chosen with --lang.
 */
import type { DemoStep } from './index';

const ja = {
  'demo.step.setup': 'デモ会社：シートと設定を作っています…',
  'demo.step.employees': 'デモ会社：従業員・給与設定・権限を登録しています…',
  'demo.step.leave': 'デモ会社：有給休暇を記録しています…',
  'demo.step.punches': 'デモ会社：打刻を取り込んでいます…',
  'demo.step.close': 'デモ会社：勤怠を締めています…',
  'demo.step.payroll': 'デモ会社：給与を確定しています…',
  'demo.step.leaveGrants': 'デモ会社：有給休暇を付与しています…',
  'demo.step.yearEnd': 'デモ会社：年末調整の申告書を登録し、年末調整を確認しています…',
  'demo.step.assets': 'デモ会社：備品・消耗品を登録しています…',
  'demo.step.contracts': 'デモ会社：契約と有期雇用契約を登録しています…',
  'demo.created': 'デモ会社を{dir}に作りました（{people}名、締め済み{closed}、未締め{open}、打刻{punches}件、{seconds}秒）。管理者：{admin}',
} as const;
const en: Record<keyof typeof ja, string> = {
  'demo.step.setup': 'Demo company: creating the sheets and settings…',
  'demo.step.employees': 'Demo company: adding employees, pay settings and roles…',
  'demo.step.leave': 'Demo company: recording paid leave…',
  'demo.step.punches': 'Demo company: importing punches…',
  'demo.step.close': 'Demo company: closing attendance…',
  'demo.step.payroll': 'Demo company: closing payroll…',
  'demo.step.leaveGrants': 'Demo company: granting paid leave…',
  'demo.step.yearEnd': 'Demo company: entering the year-end declarations and confirming the adjustment…',
  'demo.step.assets': 'Demo company: registering equipment and supplies…',
  'demo.step.contracts': 'Demo company: registering contracts and fixed-term employment…',
  'demo.created': 'Created the demo company in {dir} ({people} people, closed {closed}, open {open}, {punches} punches, {seconds} s). Admin: {admin}',
};

type DemoKey = keyof typeof ja;

export function demoMessage(lang: 'ja' | 'en', key: DemoKey, params: Record<string, string | number> = {}): string {
  return (lang === 'en' ? en : ja)[key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

export const demoStepKey = (step: DemoStep): DemoKey => `demo.step.${step}`;
