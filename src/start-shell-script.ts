import { startLanguage } from './app/start-language';
import { isStartPath, START_SHELL_ATTRIBUTE, START_SHELL_MODE_ATTRIBUTE, startShellMode } from './ui/start-shell';

/*
 * Bundled on its own as a classic script and named first in index.html's head (src/build/start-shell.ts): the
 * browser runs it before it parses the body, so the start screen's frame in the resident's language is in the
 * very first paint. A module script would run only after the whole page has been parsed, together with the
 * app's own modules. Under 1 KB gzip.
 */
if (isStartPath(location.pathname)) {
  const root = document.documentElement;
  root.setAttribute(START_SHELL_ATTRIBUTE, startLanguage());
  if (startShellMode(navigator.userAgent, matchMedia('(any-pointer: coarse)').matches) === 'ios') root.setAttribute(START_SHELL_MODE_ATTRIBUTE, 'ios');
}
