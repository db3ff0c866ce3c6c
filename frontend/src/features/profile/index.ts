/** The public entry of the profile feature: the app shell and other features import only what is exported here. */
export { ProfilePage } from './pages/ProfilePage';
export { PublicProfilePage } from './pages/PublicProfilePage';
