/**
 * The pages of the search feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
export { SearchPage } from './pages/SearchPage';
