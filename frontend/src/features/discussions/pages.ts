/**
 * The pages of the discussions feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import './discussions.css';
export { ThreadPage } from './pages/ThreadPage';
