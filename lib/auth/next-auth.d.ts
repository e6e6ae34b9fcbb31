import 'next-auth';
import 'next-auth/jwt';

// What the site keeps in the session token and shows of the session (lib/auth/options.ts).
declare module 'next-auth/jwt' {
  interface JWT {
    provider?: string;
    providerAccountId?: string;
    /** The reader's id in the database; missing while the database could not be reached. */
    uid?: string;
    /** Verified email and `github:<login>`, for previewing drafts (lib/preview). */
    identities?: string[];
  }
}

declare module 'next-auth' {
  interface Session {
    user: { id: string | null; name: string | null; image: string | null; identities: string[] };
  }
}
