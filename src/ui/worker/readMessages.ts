import type { Lang } from '../../core';
import type { ReadFailure } from './readClient';

/** Why a file could not be read in the worker, as the "{why}" of the page's `fileReadFailed`. */
const WHY: Record<ReadFailure, Record<Lang, string>> = {
  crashed: {
    zh: '读取过程意外中断（文件可能过大或结构异常）。请重试；如仍失败，请复制表格粘贴到本页。',
    en: 'reading stopped unexpectedly (the file may be too large or malformed). Try again, or copy the table and paste it here.',
  },
  timeout: {
    zh: '读取时间过长（超过 2 分钟），已停止。文件可能过大或结构异常，请复制表格粘贴到本页。',
    en: 'reading took too long (over 2 minutes) and was stopped. The file may be too large or malformed: copy the table and paste it here.',
  },
  unavailable: {
    zh: '本页面的文件读取组件无法启动（浏览器可能不支持或禁止了后台线程）。请复制表格粘贴到本页。',
    en: 'the page’s file reader could not start (the browser may not support or may block background workers). Copy the table and paste it here.',
  },
};

export function readFailureText(why: ReadFailure, lang: Lang): string {
  return WHY[why][lang];
}

/** Shown while a file is being read. */
export function readingText(name: string, lang: Lang): string {
  return lang === 'en' ? `Reading ${name}…` : `正在读取 ${name}…`;
}
