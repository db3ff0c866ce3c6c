/**
 * The pages of the security feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
export { SecurityPage } from './pages/SecurityPage';
