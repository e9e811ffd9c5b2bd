import type { Rulemakers } from './types';

/** Autonomous regions as reports often shorten them. */
const REGIONS = ['内蒙古', '广西', '西藏', '宁夏', '新疆'];

/**
 * Whether a reporting unit may make 规章: `may` (a province's or a 设区的市's government, or a
 * State Council department), `may-not` (a county-level unit or below: 县, 旗, 县级市, 市辖区, 乡镇,
 * 街道, and their departments), or `unknown` (a department of a city or province, or a name not
 * recognised). Only `may-not` leads to a question.
 */
export function rulemakingBody(unit: string, data: Rulemakers): 'may' | 'may-not' | 'unknown' {
  const u = unit.replace(/\s+/g, '').replace(/^（[^）]*）|^\([^)]*\)/, '');
  // State Council departments and their local branches (国家税务总局…税务局): not for this check to judge
  if (/^(中华人民共和国|国务院|国家)/.test(u)) return 'unknown';
  let rest = u;
  const province = data.provinces.find((p) => rest.startsWith(p)) ?? REGIONS.find((p) => rest.startsWith(p));
  if (province) rest = rest.slice(province.length);
  const government = /^(人民政府|政府)(办公厅|办公室)?$/;
  if (province && (rest === '' || government.test(rest))) return 'may';
  const city = data.cities.find((c) => rest.startsWith(c));
  if (city) {
    const after = rest.slice(city.length);
    if (after === '' || government.test(after)) return 'may';
    rest = after;
  }
  // a county, banner, town or street office (or one of its departments)
  if (/^[^市区局委厅办]{1,10}?(自治县|县|自治旗|旗|镇|乡|街道)/.test(rest)) return 'may-not';
  // the government of a 县级市 or 市辖区 (its departments are left alone: 城市管理局 is no city)
  const place = /^([\u4e00-\u9fff]{2,8}?(市|区))(人民政府|政府)(办公室)?$/.exec(rest);
  if (place && !data.cities.includes(place[1])) return 'may-not';
  return 'unknown';
}
