import { useEffect, useState } from "react";
import { onSessionLost, setSessionToken } from "./api/client.ts";
import type { Session } from "./session.ts";
import { SignIn } from "./pages/auth/SignIn.tsx";
import { OperatorApp } from "./pages/operator/OperatorApp.tsx";
import { AdminApp } from "./pages/admin/AdminApp.tsx";
import { navigate } from "./router.ts";

/** Signed out: the sign-in and registration pages; signed in: the operator's or the admin's app. */
export function App() {
  const [session, setSession] = useState<Session | undefined>();
  useEffect(() => onSessionLost(() => setSession(undefined)), []);
  const signOut = () => {
    setSessionToken(undefined);
    setSession(undefined);
    navigate("");
  };
  if (session === undefined) return <SignIn onSignedIn={setSession} />;
  return session.realm === "admin" ? (
    <AdminApp email={session.email} onSignOut={signOut} />
  ) : (
    <OperatorApp email={session.email} onSignOut={signOut} />
  );
}
