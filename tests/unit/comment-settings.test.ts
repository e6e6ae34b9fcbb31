import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { site } from '@/lib/site';

const commentsWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv).comments;

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
