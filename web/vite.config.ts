import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The explorer and GraphiQL, built to web/dist and served by the API server at / and /graphiql.
 * Every asset is bundled: the pages load nothing from other hosts.
 */
export default defineConfig({
  root: __dirname,
  base: '/',
  build: {
    outDir: resolve(__dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // GraphiQL's dependencies mark themselves "use client" for React servers; harmless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: resolve(__dirname, 'index.html'),
        graphiql: resolve(__dirname, 'graphiql.html'),
      },
    },
  },
  // The typed GraphQL documents live in src/generated, beside the server.
  server: { fs: { allow: [resolve(__dirname, '..')] } },
});
