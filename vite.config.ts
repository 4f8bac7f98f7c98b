import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { scenarioCatalog } from './scripts/vite/scenario-catalog-plugin';

export default defineConfig({
  base: './',
  plugins: [react(), scenarioCatalog()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: false },
});
