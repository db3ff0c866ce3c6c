/**
 * The pages of the home feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import './home.css';
export { HomePage } from './pages/HomePage';
