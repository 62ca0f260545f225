/** Word lists for plausible, made-up place names (no real place is looked up). */
export const FIRST_SYLLABLES = [
  ...'东西南北中新兴安和平永长青云龙凤金宝福华明光清泰康宁嘉德仁鸿丰瑞盛昌隆广阳春秋林松柏桃梅兰竹石白红黄丹文武崇庆万千双三九',
];
export const SECOND_SYLLABLES = [
  ...'山河湖江海泉溪桥城关州阳林岗岭坪塘营店集庄园苑门湾口堡屯寨埠沟峪原台浦洲平安兴宁丰和华源川',
];

export const PROVINCE_SUFFIX = '省';
export const CITY_SUFFIX = '市';
export const DISTRICT_SUFFIXES = ['区', '区', '县'] as const;

/** County departments: full name suffix and a common short alias. */
export const COUNTY_DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['市场监督管理局', '市场监管局'],
  ['自然资源局', '自然资源局'],
  ['住房和城乡建设局', '住建局'],
  ['交通运输局', '交通局'],
  ['农业农村局', '农业农村局'],
  ['卫生健康局', '卫健局'],
  ['教育局', '教育局'],
  ['民政局', '民政局'],
  ['人力资源和社会保障局', '人社局'],
  ['财政局', '财政局'],
  ['审计局', '审计局'],
  ['统计局', '统计局'],
  ['司法局', '司法局'],
  ['应急管理局', '应急局'],
  ['行政审批服务局', '审批局'],
  ['城市管理局', '城管局'],
  ['文化和旅游局', '文旅局'],
  ['水务局', '水务局'],
  ['退役军人事务局', '退役军人局'],
  ['医疗保障局', '医保局'],
  ['信访局', '信访局'],
  ['发展和改革局', '发改局'],
  ['人民政府办公室', '政府办'],
  ['生态环境分局', '生态环境分局'],
];

export const CITY_DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['市场监督管理局', '市场监管局'],
  ['公安局', '公安局'],
  ['自然资源和规划局', '自然资源局'],
  ['生态环境局', '生态环境局'],
  ['住房和城乡建设局', '住建局'],
  ['交通运输局', '交通局'],
  ['卫生健康委员会', '卫健委'],
  ['人民政府办公室', '政府办'],
];
