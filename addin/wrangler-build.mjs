// wrangler.toml's [build] command: `wrangler deploy` and `wrangler dev` build the task
// pane (addin/dist, which the worker serves as static assets) before bundling the worker.
//
// TZT_PANE_PREBUILT=1 skips the build. npm start and the e2e tests build the pane once
// themselves and set it for their `wrangler dev`, which runs this command when it starts,
// again when its file watcher is ready, and on every change under [build] watch_dir: each
// rebuild would empty addin/dist under a server that is serving it.
import { spawnSync } from 'node:child_process';

if (process.env.TZT_PANE_PREBUILT === '1') {
  console.log('[台账通] 任务窗格已由调用方构建（TZT_PANE_PREBUILT=1），跳过 npm run build:addin');
} else {
  // npm is npm.cmd on Windows, which Node only spawns through a shell.
  const run = spawnSync('npm', ['run', 'build:addin'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = run.status ?? 1;
}
