/**
 * `prepack` of the published workspace packages. Their package.json points at TypeScript
 * sources, which Node refuses to run from `node_modules`; a tarball of that folder would
 * install and then fail at the operator's. Packing goes through the built folder instead.
 */
const name = process.env.npm_package_name ?? "this package";
process.stderr.write(
  `${name} is not packed from its sources (Node does not run .ts files under node_modules).\n` +
    `Build it, then pack or publish the built folder:\n` +
    `  npm run build -w ${name}\n` +
    `  npm publish ${process.cwd()}/dist\n`,
);
process.exit(1);
