/**
 * The demo organisation: a 机关党委 with three 党总支 and their 党支部. Every
 * name is invented; the structure follows source 003 (机关党委 → 党总支 → 党支部).
 */
export interface DemoMember {
  name: string;
  /** 党内职务, when the member holds one. */
  role?: '书记' | '副书记' | '组织委员' | '宣传委员' | '纪检委员';
}

export interface DemoUnit {
  code: string;
  name: string;
  parentCode: string | null;
  /** 内设团队数: the 处室/科室 the unit's members work in. */
  teams: number;
  /** The unit's own members; the first one is its secretary (书记). */
  members: DemoMember[];
}

export const DEMO_ORG = { id: 'demo-fgw', name: '市发展和改革委员会机关党委' } as const;

const m = (names: string, roles: DemoMember['role'][] = ['书记', '组织委员', '宣传委员']): DemoMember[] =>
  names.split(' ').map((name, i) => (roles[i] ? { name, role: roles[i] } : { name }));

export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: 'FGW', name: '市发展和改革委员会机关党委', parentCode: null, teams: 3, members: m('李建国 周慧敏 赵立新 钱卫东 孙晓梅', ['书记', '副书记', '组织委员', '宣传委员', '纪检委员']) },
  { code: 'FGW01', name: '综合业务党总支', parentCode: 'FGW', teams: 2, members: m('吴志强 郑丽华 王海涛') },
  { code: 'FGW0101', name: '办公室党支部', parentCode: 'FGW01', teams: 2, members: m('陈晓东 林雪梅 黄志刚 刘芳 杨帆 许文博 何静 马骏') },
  { code: 'FGW0102', name: '政策研究室党支部', parentCode: 'FGW01', teams: 1, members: m('张宏伟 胡晓燕 朱明轩 高雅琴 罗振宇 梁思远') },
  { code: 'FGW02', name: '经济运行党总支', parentCode: 'FGW', teams: 2, members: m('徐国庆 宋佳怡 韩立军') },
  { code: 'FGW0201', name: '国民经济综合处党支部', parentCode: 'FGW02', teams: 2, members: m('唐志明 冯晓丽 董建华 萧文静 程浩然 曹雨桐 袁立平') },
  { code: 'FGW0202', name: '价格管理处党支部', parentCode: 'FGW02', teams: 2, members: m('邓卫国 许晓婷 傅振华 沈嘉欣 曾庆丰 彭丽娜') },
  { code: 'FGW03', name: '投资与项目党总支', parentCode: 'FGW', teams: 2, members: m('蒋明华 蔡秀英 贾德胜') },
  { code: 'FGW0301', name: '固定资产投资处党支部', parentCode: 'FGW03', teams: 3, members: m('魏建军 薛晓梅 叶志远 阎丽君 余海波 潘晓峰 杜文华 戴雪莲 夏志宏') },
];

export const unitByCode = (code: string): DemoUnit => {
  const unit = DEMO_UNITS.find((u) => u.code === code);
  if (!unit) throw new Error(`no demo unit ${code}`);
  return unit;
};

export const childrenOf = (code: string): DemoUnit[] => DEMO_UNITS.filter((u) => u.parentCode === code);

/** The 党总支: units with sub-units under the 机关党委, whose unit tokens review their branches (逐级审核). */
export const DEMO_REVIEWERS: readonly DemoUnit[] = DEMO_UNITS.filter((u) => u.parentCode !== null && childrenOf(u.code).length > 0);

export const secretaryOf = (unit: DemoUnit): string => unit.members[0]!.name;

/** Denominators as the API takes them: a 党支部 counts itself, a 党总支 or the 机关党委 its direct subordinates. */
export const denominators = (unit: DemoUnit): { members: number; teams: number; branches: number } => ({
  members: unit.members.length,
  teams: unit.teams,
  branches: Math.max(1, childrenOf(unit.code).length),
});
