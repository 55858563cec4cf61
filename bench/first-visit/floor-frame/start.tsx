import { createRoot } from 'react-dom/client';
import { FloorApp } from '../floor/FloorApp';

import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import '@ionic/react/css/padding.css';
import '@ionic/react/css/display.css';

/** Renders the floor over the frame (React empties #root on its first commit). */
export function start(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<FloorApp />);
}
