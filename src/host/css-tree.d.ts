/**
 * css-tree's self-contained build (no `createRequire` of its JSON data, which a bundle — the
 * desktop app's main process, the tests' child processes — cannot follow), with the package's types.
 */
declare module 'css-tree/dist/csstree.esm' {
  export * from 'css-tree';
}
