import { readFileSync } from "node:fs";

// Read at run time rather than imported: the same relative path holds from the sources
// (src/version.ts) and from the built package (lib/version.js), and a JSON import outside the
// compiled folder would not build.
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};

/** The kit's package name, as written into every report. */
export const KIT_NAME: string = pkg.name;
/** The kit's version, as written into every report. */
export const KIT_VERSION: string = pkg.version;
