import { editLine, editSample, sampleText } from './youyang';

/**
 * Last year's report for the 酉阳 sample (as in test/cli/previous.test.ts): the sample retitled 2020,
 * the unit written with 人民政府, 5 requests of natural persons carried forward (2021 says 8 were
 * carried over: the chain breaks) and 71 行政规范性文件 in force (71 + 8 − 10 = 69: consistent).
 */
export function lastYearText(): string {
  return editLine(
    editLine(
      editSample({ 't3.forward.natural': 5, 't3.forward.total': 5 }).replaceAll('2021年', '2020年'),
      1,
      '酉阳土家族苗族自治县2020年政府信息公开工作年度报告',
      '酉阳土家族苗族自治县人民政府2020年政府信息公开工作年度报告',
    ),
    32,
    '\t69',
    '\t71',
  );
}

/** The sentence of the sample that states the requests received (line 9), and the same with 65. */
export const RECEIVED_60 = '全年共收到各类政府信息公开申请60件';
export const RECEIVED_65 = '全年共收到各类政府信息公开申请65件';

/** This year's sample whose text says 65 requests were received where its table says 60. */
export function thisYearSaying65(): string {
  const text = sampleText();
  if (!text.includes(RECEIVED_60)) throw new Error('the sample no longer says 收到…申请60件');
  return text.replace(RECEIVED_60, RECEIVED_65);
}
