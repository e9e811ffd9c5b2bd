import { formatMessage, type Lang, type MessageCode, type MessageParams } from '../messages';

/** A catalogue entry rendered in both languages; `params` keeps the Chinese parameters. */
export function render(
  code: MessageCode,
  params: (lang: Lang) => MessageParams,
): { code: MessageCode; params: MessageParams; message: string; messageEn: string } {
  const zh = params('zh');
  return { code, params: zh, message: formatMessage(code, zh, 'zh'), messageEn: formatMessage(code, params('en'), 'en') };
}
