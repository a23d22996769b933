import type { Verdict } from '../types.ts';
import type { Lang } from './CliIo.ts';

/** The verdict as printed: every field, with the hint in one language. */
export function localizeVerdict(v: Verdict, lang: Lang): Omit<Verdict, 'hint'> & { hint: string } {
  return { ...v, hint: v.hint[lang] };
}
