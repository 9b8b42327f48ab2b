import { memo, useMemo } from 'react';
import { describeTopology } from '../../../engine/labs/ovs';
import type { OvsState, TopologyBridge, TopologyPort } from '../../../engine/labs/ovs';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function PortBox({ port }: { port: TopologyPort }) {
  return (
    <li className={`ovs-port ovs-port--${port.kind}`}>
      <span className="ovs-port__name">{port.name}</span>
      <span className="ovs-port__kind">{port.kind === 'internal' ? 'internal port' : 'VM tap device'}</span>
      <span className="ovs-port__fact">OpenFlow port {port.ofport}</span>
      <span className={`ovs-port__fact ovs-port__vlan ovs-port__vlan--${port.vlanMode}`}>{port.vlanLabel}</span>
      <span className="ovs-port__fact">{plural(port.learnedMacs, 'learned MAC', 'learned MACs')}</span>
      {port.vmMac ? (
        <span className="ovs-port__mac">
          VM MAC <code>{port.vmMac}</code>
        </span>
      ) : null}
    </li>
  );
}

function BridgeBox({ bridge }: { bridge: TopologyBridge }) {
  const titleId = `bridge-${bridge.name}`;
  return (
    <li className="ovs-bridge">
      <div className="ovs-bridge__bar">
        <h3 id={titleId} className="ovs-bridge__name">
          <span className="ovs-bridge__kind">Bridge</span> {bridge.name}
        </h3>
        <span className="ovs-bridge__macs">{plural(bridge.learnedMacs, 'MAC address learned', 'MAC addresses learned')}</span>
      </div>
      <ul className="ovs-bridge__ports" aria-label={`Ports of ${bridge.name}`}>
        {bridge.ports.map((port) => (
          <PortBox key={port.name} port={port} />
        ))}
      </ul>
    </li>
  );
}

function summarize(bridges: readonly TopologyBridge[]): string {
  if (bridges.length === 0) return 'No bridges yet.';
  return bridges
    .map((bridge) => {
      const ports = bridge.ports.filter((port) => port.kind === 'vm');
      const list = ports.map((port) => `${port.name} (OpenFlow port ${port.ofport}, ${port.vlanLabel})`).join(', ');
      return `Bridge ${bridge.name} with ${plural(ports.length, 'port', 'ports')} besides its internal port${list ? `: ${list}` : ''}.`;
    })
    .join(' ');
}

/** A live drawing of the sandbox's bridges and ports, written in text so it reads without the picture. */
export const OvsDiagram = memo(function OvsDiagram({ state }: { state: OvsState }) {
  const topology = useMemo(() => describeTopology(state), [state]);
  return (
    <section className="ovs-diagram" aria-labelledby="diagram-title">
      <h2 id="diagram-title">Switch diagram</h2>
      <figure className="ovs-diagram__figure">
        <figcaption className="ovs-diagram__caption">{summarize(topology.bridges)}</figcaption>
        {topology.bridges.length === 0 ? (
          <p className="ovs-diagram__empty">
            Create a bridge with <code>ovs-vsctl add-br conmutador0</code> and it appears here, with its ports, VLAN tags, OpenFlow
            port numbers and learned MAC addresses.
          </p>
        ) : (
          <ul className="ovs-diagram__bridges" aria-label="Bridges">
            {topology.bridges.map((bridge) => (
              <BridgeBox key={bridge.name} bridge={bridge} />
            ))}
          </ul>
        )}
      </figure>
    </section>
  );
});
