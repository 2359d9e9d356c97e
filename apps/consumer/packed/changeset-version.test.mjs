// A dry run of `changeset version` on a copy of the workspace's manifests and changesets: every
// published package gets a higher version and a CHANGELOG.md with its changes; apps stay as
// they are. The real run happens at release time, on the real files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const changesetBin = join(root, 'node_modules', '@changesets', 'cli', 'bin.js');

test('changeset version bumps every published package with a changelog, and no app', () => {
  const copy = mkdtempSync(join(tmpdir(), 'mh-changeset-'));
  try {
    for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(copy, file));
    cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
    const workspaces = ['packages', 'apps'].flatMap((group) => readdirSync(join(root, group)).map((name) => `${group}/${name}`));
    const before = {};
    for (const dir of workspaces) {
      if (!existsSync(join(root, dir, 'package.json'))) continue;
      mkdirSync(join(copy, dir), { recursive: true });
      cpSync(join(root, dir, 'package.json'), join(copy, dir, 'package.json'));
      before[dir] = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    }
    const git = (...args) => execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=ci', ...args], { cwd: copy });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'copy');
    execFileSync(process.execPath, [changesetBin, 'version'], { cwd: copy, encoding: 'utf8' });

    const pending = readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
    assert.ok(pending.length > 0, 'expected pending changesets');
    for (const [dir, manifest] of Object.entries(before)) {
      const after = JSON.parse(readFileSync(join(copy, dir, 'package.json'), 'utf8'));
      const changelog = join(copy, dir, 'CHANGELOG.md');
      if (manifest.private) {
        assert.equal(existsSync(changelog), false, `${dir} is private and gets no changelog`);
        continue;
      }
      const [major, minor, patch] = after.version.split('.').map(Number);
      const [oldMajor, oldMinor, oldPatch] = manifest.version.split('.').map(Number);
      assert.ok(major * 1e6 + minor * 1e3 + patch > oldMajor * 1e6 + oldMinor * 1e3 + oldPatch, `${dir}: ${manifest.version} → ${after.version}`);
      assert.match(readFileSync(changelog, 'utf8'), new RegExp(`^# ${manifest.name}\\n\\n## ${after.version.replaceAll('.', '\\.')}\\n`), `${dir}/CHANGELOG.md`);
    }
    assert.deepEqual(readdirSync(join(copy, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md'), [], 'every changeset was used');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
