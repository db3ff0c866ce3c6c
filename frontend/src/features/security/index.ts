/** The public entry of the security feature: the app shell and other features import only what is exported here. */
export { SecurityPage } from './pages/SecurityPage';
