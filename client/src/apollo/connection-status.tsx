import type { Client } from 'graphql-ws';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

const WsClientContext = createContext<Client | null>(null);

export function WsClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <WsClientContext.Provider value={client}>{children}</WsClientContext.Provider>;
}

/** The subscription socket's state, so live views can say "reconnecting…" instead of going quiet. */
export function useConnectionStatus(): ConnectionStatus {
  const client = useContext(WsClientContext);
  const [status, setStatus] = useState<ConnectionStatus>('idle');
  useEffect(() => {
    if (!client) return;
    let wasConnected = false;
    const off = [
      client.on('connecting', () => setStatus(wasConnected ? 'reconnecting' : 'connecting')),
      client.on('connected', () => {
        wasConnected = true;
        setStatus('connected');
      }),
      client.on('closed', () => setStatus(wasConnected ? 'reconnecting' : 'idle')),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [client]);
  return status;
}
