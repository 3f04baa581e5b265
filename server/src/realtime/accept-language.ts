/**
 * The first language of an Accept-Language header (`zh-TW,zh;q=0.9,en;q=0.8` -> `zh-TW`),
 * or `undefined`. Browsers list the visitor's languages in order, so the first is the one
 * they read best; the widget's socket handshake carries it, so the widget need not send it.
 */
export function firstLanguage(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const tag = value?.split(',')[0]?.split(';')[0]?.trim();
  return tag && tag !== '*' && tag.length <= 35 ? tag : undefined;
}
