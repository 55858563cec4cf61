import { buildApp } from './app';
import { ensureFirstAdmin } from './auth/first-admin';
import { SeedError } from './catalog/load-seeds';
import { ConfigError, readConfig } from './config';
import { createContext } from './context';
import { startMetricsServer, type MetricsServer } from './http/metrics-server';
import { startRetentionJob } from './services/retention';

// Start-up order: configuration, data pack and database (migrations), first admin, then listen.
// Anything wrong before listening ends the process with one readable line.

async function main(): Promise<void> {
  const config = readConfig();
  const context = await createContext(config);

  const admin = await ensureFirstAdmin(context.db, { email: config.adminEmail, password: config.adminPassword });
  if (admin.kind === 'generated') {
    // Printed once, to the console only (not the structured log), and never stored in plain text.
    console.log(
      `\nFirst start: created the admin account\n  e-mail:   ${admin.email}\n  password: ${admin.password}\n` +
        'Write it down now; it is not shown again.\n',
    );
  }

  const app = await buildApp(config, { context });
  if (admin.kind === 'created') app.log.info({ email: admin.email }, 'created the admin account from ADMIN_EMAIL');

  // Before the app's port opens: a metrics port that cannot be bound stops the start, like the app's.
  const metricsServer: MetricsServer | undefined =
    config.metricsPort === undefined
      ? undefined
      : await startMetricsServer(context.metrics.registry, { host: config.metricsHost, port: config.metricsPort, token: config.metricsToken });

  // Contact data of closed items is deleted after CONTACT_RETENTION_DAYS: once now, then every 6 hours.
  const retention = startRetentionJob(context.db, config.contactRetentionDays, {
    onDeleted: (ids) => app.log.info({ count: ids.length }, 'deleted contact data after the retention period'),
    onError: (error) => app.log.error({ err: error }, 'contact retention job failed'),
  });

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) {
      // A second signal means "now": give up on in-flight requests.
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down');
    retention.stop();
    // The database closes with the app: let a running retention pass finish first.
    retention.firstRun
      .then(() => app.close())
      .then(() => metricsServer?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  // Time since the process started (performance's time origin): what an operator waits for after a restart.
  console.log(`Quartiersstimme listening on http://localhost:${port} (ready in ${Math.round(performance.now())} ms)`);
  if (metricsServer) console.log(`Metrics for Prometheus at ${metricsServer.url}`);
}

main().catch((error: unknown) => {
  if (error instanceof SeedError || error instanceof ConfigError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
