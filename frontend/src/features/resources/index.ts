/** The public entry of the resources feature: the app shell and other features import only what is exported here. */
export { AdaptResourcePage } from './pages/AdaptResourcePage';
export { EditResourcePage } from './pages/EditResourcePage';
export { NewResourcePage } from './pages/NewResourcePage';
export { ResourcePage } from './pages/ResourcePage';
export { ResourcesPage } from './pages/ResourcesPage';
