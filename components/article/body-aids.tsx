'use client';

import { lazy, Suspense } from 'react';
import type { BodyFeatures } from '@/lib/content/body-features';
import { ImageZoom } from './image-zoom';

// Most bodies have images, so zooming comes with the page. Code and diagrams are rarer: each of
// their aids is a chunk of its own, fetched only by a page whose body has them.
const CodeCopy = lazy(() => import('./code-copy').then(({ CodeCopy }) => ({ default: CodeCopy })));
const Diagrams = lazy(() => import('./diagrams').then(({ Diagrams }) => ({ default: Diagrams })));

type Props = { bodyId: string } & Pick<BodyFeatures, 'code' | 'images' | 'diagrams'>;

/** The reading aids a body needs (lib/content/body-features.ts), in the browser. */
export function BodyAids({ bodyId, code, images, diagrams }: Props) {
  return (
    <>
      {images && <ImageZoom bodyId={bodyId} />}
      <Suspense fallback={null}>
        {code && <CodeCopy bodyId={bodyId} />}
        {diagrams && <Diagrams bodyId={bodyId} />}
      </Suspense>
    </>
  );
}
