import pkg from "../package.json" with { type: "json" };

/** The kit's package name, as written into every report. */
export const KIT_NAME: string = pkg.name;
/** The kit's version, as written into every report. */
export const KIT_VERSION: string = pkg.version;
