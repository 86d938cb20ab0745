import type { Locale } from '@fazhi/core';

export type Lang = Locale;

/** The language of messages: --lang, else FAZHI_LANG, else Chinese. */
export function pickLang(flag: string | undefined): Lang {
  const v = (flag ?? process.env.FAZHI_LANG ?? 'zh').toLowerCase();
  return v.startsWith('en') ? 'en' : 'zh';
}

export const t = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);
