export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { pnEmbedded?: { stop(): Promise<void> } }).pnEmbedded;
  await server?.stop();
}
