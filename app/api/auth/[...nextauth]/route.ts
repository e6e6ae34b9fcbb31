import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { t } from '@/lib/strings';

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's sign-in, callback, session and sign-out endpoints; absent while login is off. */
async function handler(request: Request, context: Context): Promise<Response> {
  const options = authOptions();
  if (!options) return Response.json({ error: t.reader.errors.loginOff }, { status: 404 });
  return NextAuth(request as never, context as never, options);
}

export { handler as GET, handler as POST };
