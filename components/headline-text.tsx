import { Fragment } from 'react';
import { headlinePhrases } from '@/lib/text/headline-phrases';

/**
 * A headline that breaks between words, not inside them: `<wbr>` between its phrases
 * (lib/text/headline-phrases.ts), inside an element with `word-break: keep-all` (the `headline`
 * class); a headline with no break point at all still wraps rather than overflow.
 */
export function HeadlineText({ text }: { text: string }) {
  return headlinePhrases(text).map((phrase, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {phrase}
    </Fragment>
  ));
}
