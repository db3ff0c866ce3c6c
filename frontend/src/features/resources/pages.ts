/**
 * The pages of the resources feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
export { AdaptResourcePage } from './pages/AdaptResourcePage';
export { EditResourcePage } from './pages/EditResourcePage';
export { NewResourcePage } from './pages/NewResourcePage';
export { ResourcePage } from './pages/ResourcePage';
export { ResourcesPage } from './pages/ResourcesPage';
