import { SignUpRequest } from '@/lib/api/auth-requests';
import { createOwner } from '@/lib/server/auth/accounts';
import { readAuthForm, signedIn } from '@/lib/server/auth/http';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, handle } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/auth/setup { email, name, password } → 201 { user } and a session cookie:
 * the first-run owner, owner of the Default workspace. 409 conflict once any account exists.
 */
export function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const form = await readAuthForm(request, SignUpRequest);
    if (!form.ok) return form.error;
    const created = await createOwner((await getStorage()).db, form.value);
    return created.ok ? signedIn(request, created.value, 201) : errorResponse(created.error);
  });
}
