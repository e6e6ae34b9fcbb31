'use client';

import { useEffect, useRef, useState } from 'react';
import { bodyText } from '@/lib/strings/body';

/**
 * Images in the body open larger on click or Enter, in a modal <dialog> (the browser's own: Esc
 * closes it and focus is kept inside), and focus goes back to the image on close. The images are
 * made focusable here, in the browser, so nothing pretends to be a button without JavaScript.
 * Linked images keep their link.
 */
export function ImageZoom({ bodyId }: { bodyId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLImageElement | null>(null);
  const [image, setImage] = useState<{ src: string; alt: string } | null>(null);

  useEffect(() => {
    const body = document.getElementById(bodyId);
    if (!body) return;
    const images = [...body.querySelectorAll<HTMLImageElement>('img')].filter((img) => !img.closest('a, button, .not-zoomable'));
    const open = (img: HTMLImageElement) => {
      opener.current = img;
      setImage({ src: img.currentSrc || img.src, alt: img.alt });
    };
    const onClick = (event: Event) => open(event.currentTarget as HTMLImageElement);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open(event.currentTarget as HTMLImageElement);
    };
    for (const img of images) {
      // A decorative image (alt="") may take no role or focus of its own: it zooms by pointer only.
      if (img.alt !== '') {
        img.tabIndex = 0;
        img.setAttribute('role', 'button');
        img.setAttribute('aria-label', bodyText.zoomImage(img.alt));
      }
      img.classList.add('cursor-zoom-in');
      img.addEventListener('click', onClick);
      img.addEventListener('keydown', onKey);
    }
    return () => {
      for (const img of images) {
        img.removeEventListener('click', onClick);
        img.removeEventListener('keydown', onKey);
      }
    };
  }, [bodyId]);

  useEffect(() => {
    if (image && !dialog.current?.open) dialog.current?.showModal();
  }, [image]);

  const close = () => dialog.current?.close();
  return (
    <dialog
      ref={dialog}
      aria-label={bodyText.imageDialog}
      onClose={() => {
        setImage(null);
        opener.current?.focus();
      }}
      onClick={(event) => event.target === event.currentTarget && close()}
      className="m-auto max-h-none max-w-none bg-transparent p-0 backdrop:bg-black/80"
    >
      {image && (
        <div className="flex flex-col items-end gap-2 p-2">
          <button type="button" onClick={close} autoFocus className="rounded bg-stone-100 px-3 py-1 text-sm text-stone-900 hover:bg-white">
            {bodyText.closeImage}
          </button>
          {/* eslint-disable-next-line @next/next/no-img-element -- the article's own image, already loaded, shown larger */}
          <img src={image.src} alt={image.alt} referrerPolicy="no-referrer" className="max-h-[85vh] max-w-[95vw] cursor-zoom-out rounded object-contain" onClick={close} />
        </div>
      )}
    </dialog>
  );
}
