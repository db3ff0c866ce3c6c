/** The public entry of the home feature: the app shell and other features import only what is exported here. */
import './home.css';
import './home.css';
export { HomePage } from './pages/HomePage';
