import { Link, useSearchParams } from 'react-router';

/**
 * Where the API client sends the user when the API answers 401. Sign-in itself comes with the
 * accounts-and-roles change; until then the API is open and this page only explains.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const back = next && next.startsWith('/') && !next.startsWith('//') ? next : '/cadences';
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Kairos</h1>
      <p>Your session has ended or you are not signed in. Sign-in is not set up on this installation yet.</p>
      <Link to={back}>Go back</Link>
    </main>
  );
}
