import { env } from '@/lib/env';
import { formatChineseDate } from '@/lib/content/dates';

export function ArticleDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatChineseDate(iso, env().timeZone)}
    </time>
  );
}
