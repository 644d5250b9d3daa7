import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The manifest points at /assets/icon-*.png; they are drawn once into addin/assets, not imported by any page. */
const copyIcons = (): Plugin => ({
  name: 'copy-manifest-icons',
  apply: 'build',
  closeBundle() {
    mkdirSync(here('./dist/assets'), { recursive: true });
    for (const f of readdirSync(here('./assets')).filter((n) => /^icon-\d+\.png$/.test(n))) {
      copyFileSync(here(`./assets/${f}`), here(`./dist/assets/${f}`));
    }
  },
});

export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  plugins: [copyIcons()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rollupOptions: { input: { taskpane: here('./taskpane.html') } },
  },
});
