import { api, must } from "../../api/client.ts";
import { Show } from "../../components/common.tsx";
import { Shell, type NavItem } from "../../components/Shell.tsx";
import { useLoad } from "../../components/use-load.ts";
import { Account } from "./Account.tsx";
import { EnrollSecondFactor } from "../account/EnrollSecondFactor.tsx";
import { Team } from "./Team.tsx";
import { usePage } from "../../router.ts";
import { Callbacks } from "./Callbacks.tsx";
import { Catalogue } from "./Catalogue.tsx";
import { Conformance } from "./Conformance.tsx";
import { Credentials } from "./Credentials.tsx";
import { Explorer } from "./Explorer.tsx";
import { Overview } from "./Overview.tsx";
import { PlayTest } from "./PlayTest.tsx";
import { SaltKeys } from "./SaltKeys.tsx";
import { Billing } from "./Billing.tsx";
import { Notifications } from "./Notifications.tsx";
import { Reconciliation } from "./Reconciliation.tsx";
import { Reports } from "./Reports.tsx";
import { ALL, BUILD, MONEY, type Role } from "./roles.ts";

/** Pages per role; the server decides what each may do (accounts/permissions.ts), this only hides dead ends. */
const NAV: readonly (NavItem & { roles: readonly Role[] })[] = [
  { page: "", label: "Overview & go-live", roles: ALL },
  { page: "credentials", label: "API credentials", roles: BUILD },
  { page: "salt-keys", label: "Salt keys", roles: BUILD },
  { page: "callbacks", label: "Callback URL", roles: BUILD },
  { page: "conformance", label: "Conformance", roles: ALL },
  { page: "catalogue", label: "Catalogue", roles: ALL },
  { page: "play", label: "Play a game", roles: BUILD },
  { page: "explorer", label: "Rounds explorer", roles: ALL },
  { page: "reports", label: "Reports", roles: ALL },
  { page: "billing", label: "Billing", roles: ALL },
  { page: "reconciliation", label: "Reconciliation", roles: MONEY },
  { page: "notifications", label: "Notifications", roles: ALL },
  { page: "team", label: "Team", roles: ALL },
  { page: "account", label: "Your account", roles: ALL },
];

/** The operator backoffice: one page per job an operator's team does. */
export function OperatorApp(props: { email: string; onSignOut: () => void }) {
  const page = usePage();
  // Read again on each page: a second factor an admin requires from now on shows at the next page.
  const account = useLoad(() => must(api.GET("/backoffice/account")), [page]);
  const role: Role = account.data?.role ?? "viewer";
  const nav = NAV.filter((item) => item.roles.includes(role));
  const [top = "", ...rest] = page.split("/");
  if (account.data === undefined) return <Show loaded={account}>{() => null}</Show>;
  const { secondFactor } = account.data;
  if (secondFactor.required && !secondFactor.enabled)
    return (
      <Shell title="Croupier backoffice" email={props.email} nav={[]} page="" onSignOut={props.onSignOut}>
        <EnrollSecondFactor realm="backoffice" state={secondFactor} onEnrolled={account.reload} />
      </Shell>
    );
  return (
    <Shell title="Croupier backoffice" email={props.email} nav={nav} page={top} onSignOut={props.onSignOut}>
      {top === "team" ? (
        <Team role={role} />
      ) : top === "account" ? (
        <Account />
      ) : top === "credentials" ? (
        <Credentials />
      ) : top === "salt-keys" ? (
        <SaltKeys />
      ) : top === "callbacks" ? (
        <Callbacks />
      ) : top === "conformance" ? (
        <Conformance />
      ) : top === "catalogue" ? (
        <Catalogue />
      ) : top === "play" && BUILD.includes(role) ? (
        <PlayTest />
      ) : top === "reports" ? (
        <Reports />
      ) : top === "billing" ? (
        <Billing role={role} />
      ) : top === "reconciliation" && MONEY.includes(role) ? (
        <Reconciliation />
      ) : top === "notifications" ? (
        <Notifications canSetWebhook={BUILD.includes(role)} />
      ) : top === "explorer" ? (
        <Explorer roundId={rest[0]} />
      ) : (
        <Overview />
      )}
    </Shell>
  );
}
