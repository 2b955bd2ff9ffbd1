/**
 * The demo company: 株式会社ミナト設計工房 (an interior-design firm, about 40 people) in 設計, 施工管理,
 * 営業 and 管理部. Names, kana and e-mails are invented; the same seed gives the same company.
 */
export const DEMO_COMPANY = { name: '株式会社ミナト設計工房', nameKana: 'ｶ)ﾐﾅﾄｾｯｹｲｺｳﾎﾞｳ', domain: 'minato-design.example' } as const;

export type DemoDepartment = '設計' | '施工管理' | '営業' | '管理部';

export interface DemoPerson {
  code: string;
  name: string;
  kana: string;
  email: string;
  department: DemoDepartment;
  employmentType: 'regular' | 'fixedTerm' | 'partTime';
  role: 'admin' | 'manager' | 'employee';
  hireDate: string;
  birthDate: string;
  /** 性別 (賃金台帳, 労基則54条1項2号). */
  sex: '男' | '女';
  weeklyScheduledDays: number;
  weeklyScheduledMinutes: number;
  workRule: string;
  /** How late this person usually works: the design team's habit is the signal the demo shows. */
  overtimeHabit: 'heavy' | 'moderate' | 'light' | 'none';
}

const FAMILY: [string, string, string][] = [
  ['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'],
  ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'],
  ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada'],
  ['佐々木', 'ササキ', 'sasaki'], ['山口', 'ヤマグチ', 'yamaguchi'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'],
  ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['斎藤', 'サイトウ', 'saito'], ['清水', 'シミズ', 'shimizu'],
];
/** Given names alternate: even index 男, odd index 女 (the sex of each demo person follows the name). */
const GIVEN: [string, string, string][] = [
  ['翔太', 'ショウタ', 'shota'], ['美咲', 'ミサキ', 'misaki'], ['大輔', 'ダイスケ', 'daisuke'], ['陽菜', 'ヒナ', 'hina'],
  ['健太', 'ケンタ', 'kenta'], ['さくら', 'サクラ', 'sakura'], ['拓也', 'タクヤ', 'takuya'], ['愛', 'アイ', 'ai'],
  ['直樹', 'ナオキ', 'naoki'], ['由美', 'ユミ', 'yumi'], ['亮', 'リョウ', 'ryo'], ['真由', 'マユ', 'mayu'],
  ['誠', 'マコト', 'makoto'], ['彩', 'アヤ', 'aya'], ['剛', 'ツヨシ', 'tsuyoshi'], ['優子', 'ユウコ', 'yuko'],
  ['浩二', 'コウジ', 'koji'], ['恵', 'メグミ', 'megumi'], ['悠斗', 'ユウト', 'yuto'], ['千尋', 'チヒロ', 'chihiro'],
];

/** A small deterministic PRNG (mulberry32): the demo never depends on Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The roster: 14 設計, 12 施工管理, 8 営業, 5 管理部, plus 3 part-timers: 42 people. */
export function demoPeople(seed = 1): DemoPerson[] {
  const random = prng(seed);
  const plan: { department: DemoDepartment; count: number; habit: DemoPerson['overtimeHabit'] }[] = [
    { department: '設計', count: 14, habit: 'heavy' },
    { department: '施工管理', count: 12, habit: 'moderate' },
    { department: '営業', count: 8, habit: 'light' },
    { department: '管理部', count: 5, habit: 'light' },
  ];
  const people: DemoPerson[] = [];
  const used = new Set<string>();
  let n = 0;
  const nextName = () => {
    for (;;) {
      const f = FAMILY[Math.floor(random() * FAMILY.length)]!;
      const g = GIVEN[Math.floor(random() * GIVEN.length)]!;
      const key = f[2] + g[2];
      if (used.has(key)) continue;
      used.add(key);
      const sex: DemoPerson['sex'] = GIVEN.indexOf(g) % 2 === 0 ? '男' : '女';
      return { name: `${f[0]} ${g[0]}`, kana: `${f[1]} ${g[1]}`, email: `${g[2]}.${f[2]}@${DEMO_COMPANY.domain}`, sex };
    }
  };
  for (const { department, count, habit } of plan) {
    for (let i = 0; i < count; i++) {
      n++;
      const hireYear = 2012 + Math.floor(random() * 13);
      const birthYear = 1968 + Math.floor(random() * 32);
      people.push({
        code: `E${pad(n, 3)}`,
        ...nextName(),
        department,
        employmentType: 'regular',
        role: department === '管理部' && i < 2 ? 'admin' : i === 0 ? 'manager' : 'employee',
        hireDate: `${hireYear}-${pad(1 + Math.floor(random() * 12))}-01`,
        birthDate: `${birthYear}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
        weeklyScheduledDays: 5,
        weeklyScheduledMinutes: 2400,
        workRule: 'STD',
        overtimeHabit: i === 0 && department === '設計' ? 'heavy' : habit,
      });
    }
  }
  for (let i = 0; i < 3; i++) {
    n++;
    people.push({
      code: `E${pad(n, 3)}`, ...nextName(), department: i === 2 ? '管理部' : '施工管理', employmentType: 'partTime', role: 'employee',
      hireDate: `20${22 + i}-04-01`, birthDate: `19${80 + i * 5}-06-15`, weeklyScheduledDays: 3, weeklyScheduledMinutes: 3 * 360,
      workRule: 'PART', overtimeHabit: 'none',
    });
  }
  return people;
}
