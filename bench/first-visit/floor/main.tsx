import { createRoot } from 'react-dom/client';
import { FloorApp } from './FloorApp';

// Ionic's starter loads these stylesheets; the app loads the same set.
import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import '@ionic/react/css/padding.css';
import '@ionic/react/css/display.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorApp />);
