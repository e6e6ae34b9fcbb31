import { describe, expect, it } from 'vitest';
import { commentsOpen, guestsAllowed } from '@/lib/comments/settings';
import { readEnv } from '@/lib/env';
import { site } from '@/lib/site';

const envWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv);
const commentsWith = (variables: Record<string, string>) => envWith(variables).comments;

describe('the comment switches', () => {
  it('default to the site settings: on, signed-in readers only', () => {
    expect(commentsWith({})).toEqual({ enabled: site.comments.enabled, guests: site.comments.guests });
    expect(commentsWith({})).toEqual({ enabled: true, guests: false });
  });

  it('are set per deployment by COMMENTS and COMMENT_GUESTS', () => {
    expect(commentsWith({ COMMENTS: 'off' })).toEqual({ enabled: false, guests: false });
    expect(commentsWith({ COMMENT_GUESTS: 'on' })).toEqual({ enabled: true, guests: true });
    expect(commentsWith({ COMMENTS: 'on', COMMENT_GUESTS: 'off' })).toEqual({ enabled: true, guests: false });
  });

  it('name a value that is neither on nor off', () => {
    expect(() => commentsWith({ COMMENTS: 'no' })).toThrow(/COMMENTS/);
    expect(() => commentsWith({ COMMENT_GUESTS: 'yes' })).toThrow(/COMMENT_GUESTS/);
  });
});

describe('whether an article takes comments', () => {
  const on = envWith({});
  const off = envWith({ COMMENTS: 'off' });

  it('follows its own comments: with the site’s switch on', () => {
    expect(commentsOpen({ comments: true }, on)).toBe(true);
    expect(commentsOpen({ comments: false }, on)).toBe(false);
  });

  it('is never, whatever the article says, with the switch off', () => {
    expect(commentsOpen({ comments: true }, off)).toBe(false);
    expect(commentsOpen({ comments: false }, off)).toBe(false);
  });

  it('takes guests only where COMMENT_GUESTS says so', () => {
    expect(guestsAllowed(on)).toBe(false);
    expect(guestsAllowed(envWith({ COMMENT_GUESTS: 'on' }))).toBe(true);
  });
});
