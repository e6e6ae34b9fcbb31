import { Fragment } from 'react';

/**
 * A headline's phrases with `<wbr>` between them, inside an element with the `headline` class
 * (`word-break: keep-all`): lines break there, between words. Takes the phrases made on the server
 * (lib/text/headline-phrases.ts), so a client component can show them without the segmenter.
 */
export function HeadlinePhrases({ phrases }: { phrases: readonly string[] }) {
  return phrases.map((phrase, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {phrase}
    </Fragment>
  ));
}
