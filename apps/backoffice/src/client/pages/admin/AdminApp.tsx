import { Shell, type NavItem } from "../../components/Shell.tsx";
import { usePage } from "../../router.ts";
import { AccountMails } from "./AccountMails.tsx";
import { Applications } from "./Applications.tsx";
import { CatalogueImports } from "./CatalogueImports.tsx";
import { Studios } from "./Studios.tsx";
import { AuditLog } from "./AuditLog.tsx";
import { Operators } from "./Operators.tsx";
import { WalletCalls } from "./WalletCalls.tsx";
import { BillingRates } from "./BillingRates.tsx";
import { OperatorBilling } from "./OperatorBilling.tsx";
import { SelfCheck } from "./SelfCheck.tsx";
import { Security } from "./Security.tsx";
import { api, must } from "../../api/client.ts";
import { Show } from "../../components/common.tsx";
import { useLoad } from "../../components/use-load.ts";
import { EnrollSecondFactor } from "../account/EnrollSecondFactor.tsx";

const NAV: readonly NavItem[] = [
  { page: "admin", label: "Applications" },
  { page: "admin/operators", label: "Operators" },
  { page: "admin/wallet-calls", label: "Manual resolution" },
  { page: "admin/billing", label: "Operator billing" },
  { page: "admin/rates", label: "Fee & exchange rates" },
  { page: "admin/self-check", label: "Billing self-check" },
  { page: "admin/studios", label: "Studios" },
  { page: "admin/imports", label: "Catalogue imports" },
  { page: "admin/audit", label: "Audit log" },
  { page: "admin/mail", label: "Account mail" },
  { page: "admin/security", label: "Security" },
];

/** The admin back office. */
export function AdminApp(props: { email: string; onSignOut: () => void }) {
  const page = usePage();
  // Read again on each page: a second factor an admin requires from now on shows at the next page.
  const account = useLoad(() => must(api.GET("/admin/account")), [page]);
  if (account.data === undefined) return <Show loaded={account}>{() => null}</Show>;
  const { secondFactor } = account.data;
  // Admins must have a second factor and this one has none: the server refuses all but its setup.
  if (secondFactor.required && !secondFactor.enabled)
    return (
      <Shell title="Croupier admin" email={props.email} nav={[]} page="" onSignOut={props.onSignOut}>
        <EnrollSecondFactor realm="admin" state={secondFactor} onEnrolled={account.reload} />
      </Shell>
    );
  return (
    <Shell title="Croupier admin" email={props.email} nav={NAV} page={page} onSignOut={props.onSignOut}>
      {page === "admin/operators" ? (
        <Operators />
      ) : page === "admin/wallet-calls" ? (
        <WalletCalls />
      ) : page === "admin/billing" ? (
        <OperatorBilling />
      ) : page === "admin/rates" ? (
        <BillingRates />
      ) : page === "admin/self-check" ? (
        <SelfCheck />
      ) : page === "admin/studios" ? (
        <Studios />
      ) : page === "admin/imports" ? (
        <CatalogueImports />
      ) : page === "admin/mail" ? (
        <AccountMails />
      ) : page === "admin/security" ? (
        <Security />
      ) : page === "admin/audit" ? (
        <AuditLog />
      ) : (
        <Applications />
      )}
    </Shell>
  );
}
