import { SignInRequest } from '@/lib/api/auth-requests';
import { checkPassword } from '@/lib/server/auth/accounts';
import { readAuthForm, signedIn } from '@/lib/server/auth/http';
import { clientAddress, signInThrottle } from '@/lib/server/auth/throttle';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, handle } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/auth/sign-in { email, password } → 200 { user } and a session cookie.
 * 401 for a wrong email or password (the same answer for both); 429 with
 * Retry-After after too many failures for one email or from one address.
 */
export function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const form = await readAuthForm(request, SignInRequest);
    if (!form.ok) return form.error;
    const throttle = signInThrottle();
    const address = clientAddress(request);
    const { email } = form.value;
    const wait = throttle.retryAfter(email, address);
    if (wait !== null) return tooMany(wait);
    const user = await checkPassword((await getStorage()).db, form.value);
    if (!user) {
      throttle.recordFailure(email, address);
      return errorResponse({ code: 'unauthorized', message: 'the email or the password is wrong' });
    }
    throttle.recordSuccess(email);
    return signedIn(request, user, 200);
  });
}

function tooMany(waitMs: number): Response {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return errorResponse(
    { code: 'too_many_requests', message: `too many failed sign-ins: wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again` },
    { 'retry-after': String(Math.ceil(waitMs / 1000)) },
  );
}
