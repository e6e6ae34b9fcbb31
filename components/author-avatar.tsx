/* eslint-disable @next/next/no-img-element -- avatars are small remote images; no optimizer is configured */
import type { Author } from '@/lib/content';

const sizes = { sm: 'size-6 text-xs', md: 'size-12 text-lg', lg: 'size-20 text-3xl' } as const;

/** The author's avatar, or the first character of their name when they have none. */
export function AuthorAvatar({ author, size = 'md' }: { author: Pick<Author, 'name' | 'avatar'>; size?: keyof typeof sizes }) {
  const box = `${sizes[size]} shrink-0 rounded-full`;
  if (author.avatar) {
    return <img src={author.avatar} alt="" className={`${box} object-cover`} referrerPolicy="no-referrer" loading="lazy" width={80} height={80} />;
  }
  return (
    <span aria-hidden="true" className={`${box} grid place-items-center bg-accent/15 font-semibold text-accent-strong dark:text-orange-300`}>
      {Array.from(author.name)[0]}
    </span>
  );
}
