/* eslint-disable @next/next/no-img-element -- avatars are small remote images; no optimizer is configured */
import type { Author } from '@/lib/content';

const sizes = { sm: 'size-6 text-xs', row: 'size-8 text-sm', md: 'size-12 text-lg', lg: 'size-20 text-3xl' } as const;

type Props = {
  /** An author, or a signed-in reader in the same shape. */
  author: Pick<Author, 'name' | 'avatar'>;
  size?: keyof typeof sizes;
  /** The picture's accessible name where nothing beside it names the person; otherwise it is decorative. */
  label?: string;
};

/** The author's avatar, or the first character of their name when they have none. */
export function AuthorAvatar({ author, size = 'md', label }: Props) {
  const box = `${sizes[size]} shrink-0 rounded-full`;
  if (author.avatar) {
    return <img src={author.avatar} alt={label ?? ''} className={`${box} object-cover`} referrerPolicy="no-referrer" loading="lazy" width={80} height={80} />;
  }
  return (
    <span
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
      className={`${box} avatar-initial`}
    >
      {Array.from(author.name)[0]}
    </span>
  );
}
