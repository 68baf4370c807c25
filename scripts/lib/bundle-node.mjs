// One esbuild call for the Node scripts (benchmarks, training) that run the TypeScript core: the
// given export lines, resolved from `resolveDir`, bundled into one ES module at `outfile`.
import * as esbuild from 'esbuild';

/** Bundles `exportLines` (e.g. "export { annotate } from './src/core/annotate';") for Node into `outfile`. */
export async function bundleForNode(exportLines, resolveDir, outfile) {
  await esbuild.build({
    stdin: { contents: exportLines.join('\n'), resolveDir, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
}
