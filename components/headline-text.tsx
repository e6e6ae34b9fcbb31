import { headlinePhrases } from '@/lib/text/headline-phrases';
import { HeadlinePhrases } from './headline-phrases';

/**
 * A headline that breaks between words, not inside them, cut on the server; one with no break
 * point at all still wraps (the `headline` class) rather than overflow.
 */
export function HeadlineText({ text }: { text: string }) {
  return <HeadlinePhrases phrases={headlinePhrases(text)} />;
}
