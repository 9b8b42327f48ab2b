/**
 * Heading slugs in content/lessons/open-vswitch.md that the sandbox tasks link to, kept in
 * one place so that a renamed heading needs one change.
 */
export const OVS_SECTIONS = {
  building: 'building-a-bridge-with-ovs-vsctl',
  conmutador0: 'the-conmutador0-exercise',
  querying: 'querying-and-idempotent-commands',
  vlans: 'vlans-bonds-and-internal-ports',
  macLearning: 'ovs-appctl-and-the-mac-learning-table',
} as const;
