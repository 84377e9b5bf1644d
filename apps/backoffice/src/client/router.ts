import { useEffect, useState } from "react";

/** The app lives under /ui/; its pages are the path after it (`/ui/credentials` → "credentials"). */
const BASE = "/ui/";

function current(): string {
  const path = window.location.pathname;
  return path.startsWith(BASE) ? path.slice(BASE.length).replace(/\/$/, "") : "";
}

/** Goes to an app page without reloading (the session lives in memory). */
export function navigate(page: string): void {
  window.history.pushState(null, "", `${BASE}${page}`);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

/** The current page, updated on navigation and the browser's back/forward. */
export function usePage(): string {
  const [page, setPage] = useState(current);
  useEffect(() => {
    const update = () => setPage(current());
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return page;
}
