/**
 * The first two digits of a resident ID name the province-level division that issued it (GB/T 2260), or, for 83 and
 * 91, the kind of residence permit. A small fixed table: the divisions have not changed since Chongqing (50) in 1997.
 * The names are there for the reader.
 */
const PROVINCES: ReadonlyMap<string, string> = new Map([
  ['11', 'Beijing'],
  ['12', 'Tianjin'],
  ['13', 'Hebei'],
  ['14', 'Shanxi'],
  ['15', 'Inner Mongolia'],
  ['21', 'Liaoning'],
  ['22', 'Jilin'],
  ['23', 'Heilongjiang'],
  ['31', 'Shanghai'],
  ['32', 'Jiangsu'],
  ['33', 'Zhejiang'],
  ['34', 'Anhui'],
  ['35', 'Fujian'],
  ['36', 'Jiangxi'],
  ['37', 'Shandong'],
  ['41', 'Henan'],
  ['42', 'Hubei'],
  ['43', 'Hunan'],
  ['44', 'Guangdong'],
  ['45', 'Guangxi'],
  ['46', 'Hainan'],
  ['50', 'Chongqing'],
  ['51', 'Sichuan'],
  ['52', 'Guizhou'],
  ['53', 'Yunnan'],
  ['54', 'Tibet'],
  ['61', 'Shaanxi'],
  ['62', 'Gansu'],
  ['63', 'Qinghai'],
  ['64', 'Ningxia'],
  ['65', 'Xinjiang'],
  ['71', 'Taiwan'],
  ['81', 'Hong Kong'],
  ['82', 'Macao'],
  ['83', 'Taiwan residents (residence permit)'],
  ['91', 'foreign permanent residents'],
]);

/** Whether two digits are the code of a province-level division (or permit kind) that issues resident IDs. */
export function isProvinceCode(code: string): boolean {
  return PROVINCES.has(code);
}
