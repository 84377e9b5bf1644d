import { Shell, type NavItem } from "../../components/Shell.tsx";
import { usePage } from "../../router.ts";
import { Callbacks } from "./Callbacks.tsx";
import { Catalogue } from "./Catalogue.tsx";
import { Conformance } from "./Conformance.tsx";
import { Credentials } from "./Credentials.tsx";
import { Explorer } from "./Explorer.tsx";
import { Overview } from "./Overview.tsx";
import { SaltKeys } from "./SaltKeys.tsx";

const NAV: readonly NavItem[] = [
  { page: "", label: "Overview & go-live" },
  { page: "credentials", label: "API credentials" },
  { page: "salt-keys", label: "Salt keys" },
  { page: "callbacks", label: "Callback URL" },
  { page: "conformance", label: "Conformance" },
  { page: "catalogue", label: "Catalogue" },
  { page: "explorer", label: "Rounds explorer" },
];

/** The operator backoffice: one page per job an operator's team does. */
export function OperatorApp(props: { email: string; onSignOut: () => void }) {
  const page = usePage();
  const [top = "", ...rest] = page.split("/");
  return (
    <Shell title="Croupier backoffice" email={props.email} nav={NAV} page={top} onSignOut={props.onSignOut}>
      {top === "credentials" ? (
        <Credentials />
      ) : top === "salt-keys" ? (
        <SaltKeys />
      ) : top === "callbacks" ? (
        <Callbacks />
      ) : top === "conformance" ? (
        <Conformance />
      ) : top === "catalogue" ? (
        <Catalogue />
      ) : top === "explorer" ? (
        <Explorer roundId={rest[0]} />
      ) : (
        <Overview />
      )}
    </Shell>
  );
}
