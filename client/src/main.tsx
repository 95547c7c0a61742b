import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/client';
import { WsClientProvider } from './apollo/connection-status';
import { createWsClient } from './apollo/ws-client';
import { App } from './app';
import { AuthProvider } from './auth/auth';
import { TokenStore } from './auth/token-store';
import './styles.css';

const tokens = new TokenStore();
const wsClient = createWsClient(tokens);
const apolloClient = createApolloClient(tokens, wsClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      <WsClientProvider client={wsClient}>
        <AuthProvider tokens={tokens}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </WsClientProvider>
    </ApolloProvider>
  </StrictMode>,
);
