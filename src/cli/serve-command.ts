// `mailward serve`: the gateway (contract.md section 5).
import type { Command } from 'commander';
import { collect } from './options';
import { loadConfig } from '../config/load';
import { errorMessage } from '../errors';
import { createLogger } from '../observe/logger';
import { startGateway } from '../smtp/runtime';

interface ServeFlags {
  config?: string;
  listen?: string;
  nextHop?: string;
  internalDomain?: string[];
  dataDir?: string;
  adminListen?: string;
  consoleListen?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the SMTP gateway')
    .option('--config <file>', 'configuration file (YAML)')
    .option('--listen <host:port>', 'SMTP listener (default 127.0.0.1:2525)')
    .option('--next-hop <host:port>', 'relay accepted mail here (default: none, the outbox folder)')
    .option('--internal-domain <domain>', "add to the organisation's domains, repeatable", collect)
    .option('--data-dir <dir>', 'store, keys, outbox (default ./data)')
    .option('--admin-listen <host:port>', '/metrics /healthz /readyz (default 127.0.0.1:9025)')
    .option('--console-listen <host:port>', 'web console (not yet served)')
    .action(async (flags: ServeFlags) => {
      const base = loadConfig(flags.config, { internalDomains: flags.internalDomain });
      const config = {
        ...base,
        data_dir: flags.dataDir ?? base.data_dir,
        smtp: { ...base.smtp, listen: flags.listen ?? base.smtp.listen, next_hop: flags.nextHop ?? base.smtp.next_hop },
        admin_listen: flags.adminListen ?? base.admin_listen,
      };
      if (config.organisation.internal_domains.length === 0) {
        process.stderr.write('mailward: no internal domains: set organisation.internal_domains or --internal-domain, or every sender is refused\n');
      }
      const logger = createLogger();
      const log = (event: Record<string, unknown>) => logger.info(event);
      const gateway = await startGateway(config, { notice: (m) => process.stderr.write(`mailward: ${m}\n`), log });
      process.stderr.write(
        `mailward: listening on ${gateway.address.host}:${gateway.address.port} (STARTTLS: ${gateway.tls}); admin on ${gateway.admin.host}:${gateway.admin.port}; accepted mail goes to the ${gateway.delivery.description}; ` +
          `store: ${config.store.backend}${config.store.backend === 'sqlite' ? ` in ${config.data_dir}` : ''}` +
          `${config.smtp.smime_certificates_dir ? `; S/MIME certificates for ${gateway.smimeCertificates} recipients` : ''}${config.disclaimer ? '; disclaimer on external mail' : ''}\n`,
      );
      // SIGHUP reloads the rules; invalid rules are refused and the old ones stay in force.
      const reload = () => {
        gateway.reloadRules('signal:SIGHUP').then(
          () => log({ event: 'rules_reloaded' }),
          (err: unknown) => log({ event: 'rules_reload_refused', error: errorMessage(err) }),
        );
      };
      process.on('SIGHUP', reload);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
      process.off('SIGHUP', reload);
      process.stderr.write('mailward: stopping: finishing transactions in flight\n');
      await gateway.close();
    });
}
