/** What `help` prints: everything the sandbox simulates. */
export const SANDBOX_HELP: readonly string[] = [
  'Open vSwitch sandbox: a simulation, nothing runs on a real switch.',
  '',
  'ovs-vsctl [--may-exist|--if-exists] COMMAND [ARG...] [-- COMMAND ...]',
  '  add-br BRIDGE                   create a bridge (and its internal port)',
  '  del-br BRIDGE                   delete a bridge and all its ports',
  '  list-br                         list bridges',
  '  br-exists BRIDGE                exit status 2 if BRIDGE does not exist',
  '  add-port BRIDGE PORT [tag=N]    attach PORT (e.g. a VM tap device)',
  '  del-port [BRIDGE] PORT          detach PORT',
  '  list-ports BRIDGE               list the ports of BRIDGE',
  '  list-ifaces BRIDGE              list the interfaces of BRIDGE',
  '  port-to-br PORT                 print the bridge that holds PORT',
  '  iface-to-br IFACE               print the bridge that holds IFACE',
  '  show                            overview of the whole configuration',
  '  set port PORT tag=N             make PORT an access port of VLAN N',
  '  set port PORT trunks=N,M        make PORT a trunk for VLANs N and M',
  '  remove port PORT tag N          remove VLAN N from PORT (also: clear port PORT tag)',
  '  get port PORT tag|trunks        print a column; get interface PORT ofport',
  '',
  'ovs-appctl fdb/show BRIDGE        MAC learning table (port column = OpenFlow port number)',
  'ovs-appctl fdb/flush [BRIDGE]     forget learned MAC addresses',
  'ovs-ofctl dump-ports-desc BRIDGE  map OpenFlow port numbers to port names',
  '',
  'sim send SRC DST                  the VM on port SRC sends a frame to the VM on port DST',
  'help                              this text',
];

/** What `ovs-vsctl --help` prints in the sandbox. */
export const VSCTL_HELP: readonly string[] = [
  'ovs-vsctl: ovs-vswitchd management utility (sandbox subset)',
  'usage: ovs-vsctl [OPTIONS] COMMAND [ARG...]',
  ...SANDBOX_HELP.slice(3, 18),
];
