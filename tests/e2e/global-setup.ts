import type { TestProject } from 'vitest/node';
import { buildGame, startPreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!process.env.E2E_NO_BUILD) buildGame();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
