// Preloaded (`node --require`) into `next start` by scripts/vercel/check.ts: reports every write to
// the file system outside Next's own build folder (whose cache Vercel keeps elsewhere) and the
// temporary folder, as `[fs-write] <call> <path>` on stderr. A serverless function's file system
// is read-only, so on Vercel each of these would be an error.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const allowed = [path.resolve(process.env.NEXT_DIST_DIR || '.next'), os.tmpdir()];
const report = (call, target) => {
  if (typeof target !== 'string' && !(target instanceof URL)) return;
  const file = path.resolve(String(target instanceof URL ? target.pathname : target));
  if (allowed.some((dir) => file === dir || file.startsWith(dir + path.sep))) return;
  process.stderr.write(`[fs-write] ${call} ${file}\n`);
};
const writes = (flags) => typeof flags === 'string' && /[wa+]/.test(flags);

for (const name of ['writeFile', 'appendFile', 'createWriteStream', 'mkdir', 'rm', 'rmdir', 'unlink', 'copyFile', 'rename', 'symlink', 'truncate']) {
  for (const [target, key] of [[fs, name], [fs, `${name}Sync`], [fs.promises, name]]) {
    const original = target[key];
    if (typeof original !== 'function') continue;
    target[key] = function (file, ...rest) {
      report(key, file);
      return original.call(this, file, ...rest);
    };
  }
}
for (const [target, key] of [[fs, 'open'], [fs, 'openSync'], [fs.promises, 'open']]) {
  const original = target[key];
  target[key] = function (file, flags, ...rest) {
    if (writes(flags)) report(key, file);
    return original.call(this, file, flags, ...rest);
  };
}
