import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { AuthProvider } from './auth.tsx';
import { CrisisProvider } from './components/crisis.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CrisisProvider>
        <AuthProvider>
          <App />
        </AuthProvider>
      </CrisisProvider>
    </StrictMode>,
  );
}
