/**
 * The pages of the profile feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
export { ProfilePage } from './pages/ProfilePage';
export { PublicProfilePage } from './pages/PublicProfilePage';
