import type { CurationRepository } from '../graph/curation.repository';
import type { LeaseRepository } from '../graph/lease.repository';

/**
 * The version of how link keys are made (src/domain/link-keys.ts). Raise it when that changes:
 * every entity's keys are then made again at the next start.
 */
export const LINK_KEYS_VERSION = '1';

/** The lease that lets one process at a time add link keys. */
export const LINK_KEYS_LEASE = 'link-keys';

/** Entities given link keys per transaction. */
const BATCH = 10_000;

/** How often a long run says how far it is (a million entities take about 45 s). */
const PROGRESS_EVERY_MS = 5_000;

/**
 * At start-up: gives link keys to the entities written before they were stored (entities accepted
 * from suggestions, a graph imported in bulk by an older version), or to every entity when the
 * graph records keys of another LINK_KEYS_VERSION, in id order, a batch per transaction, with
 * progress; then records the version, so later starts only read that record. Entities written
 * since carry their keys (entity.model.ts), so an ingest finds them.
 */
export async function ensureLinkKeys(
  { curation, leases }: { curation: CurationRepository; leases: LeaseRepository },
  log: (line: string) => void,
): Promise<{ added: number }> {
  const recorded = await curation.linkKeysVersion();
  if (recorded === LINK_KEYS_VERSION) return { added: 0 };
  const current = async () => ((await curation.linkKeysVersion()) === LINK_KEYS_VERSION ? { added: 0 } : undefined);
  return leases.runExclusive(LINK_KEYS_LEASE, {
    done: current,
    onWait: (holder) => log(`Another process (${holder}) is adding link keys to the entities; waiting for it...`),
    work: async () => {
      const started = Date.now();
      let added = 0;
      let after = '';
      let told = started;
      for (;;) {
        // No record: keys were never made, and only entities without them lack them.
        const { written, last } = await curation.writeLinkKeys(after, BATCH, recorded !== null);
        if (last === null) break;
        added += written;
        after = last;
        if (Date.now() - told >= PROGRESS_EVERY_MS) {
          told = Date.now();
          log(`Adding link keys to entities: ${added.toLocaleString('en')} so far...`);
        }
      }
      await curation.recordLinkKeysVersion(LINK_KEYS_VERSION);
      if (added > 0) {
        log(
          `Added link keys to ${added.toLocaleString('en')} entities in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
      }
      return { added };
    },
  });
}
