import { SignUpRequest } from '@/lib/api/auth-requests';
import { signUp } from '@/lib/server/auth/accounts';
import { readAuthForm, signedIn } from '@/lib/server/auth/http';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, handle } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/auth/sign-up { email, name, password } → 201 { user } and a session cookie.
 * The account gets its own workspace and joins every workspace that invited its email.
 * 403 when TABLECRAFT_SIGNUP=closed and the email was not invited; 409 when the email has an account.
 */
export function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const form = await readAuthForm(request, SignUpRequest);
    if (!form.ok) return form.error;
    const created = await signUp((await getStorage()).db, form.value);
    return created.ok ? signedIn(request, created.value, 201) : errorResponse(created.error);
  });
}
